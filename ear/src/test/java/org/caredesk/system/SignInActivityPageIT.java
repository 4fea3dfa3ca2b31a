package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15 item 6, its last part: supervisors see suspicious sign-in activity in the console. One address guesses
 * one account's password five times and then sprays fifteen made-up accounts; the supervisor's page lists that
 * account and that address with their failures (in English and in Italian), is in the console's navigation and
 * has no serious accessibility violation.
 */
@ExtendWith(RunningCareDesk.class)
class SignInActivityPageIT {
    private static final String PAGE = "/console/supervisor/sign-ins.xhtml";

    private final CareDesk app;

    SignInActivityPageIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aSupervisorSeesTheGuessedAccountAndTheGuessingAddress() throws IOException {
        // An address of its own, so that no other test's sign-ins are held by these failures.
        InetAddress guesser = InetAddress.getByName("127.0.0.93");
        String account = "guessed-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < 5; i++) {
            failSignIn(guesser, account);
        }
        for (int i = 0; i < 15; i++) {
            failSignIn(guesser, "sprayed-" + i + "-" + System.nanoTime() + "@example.com");
        }

        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(Api.SUPERVISOR, Api.SUPERVISOR_PASSWORD);
            supervisor.find(By.id("navGroupAdminToggle")).click();
            supervisor.visible(By.id("navSignIns")).click();
            supervisor.waitFor(
                    "the sign-in activity page", d -> d.getCurrentUrl().endsWith(PAGE));
            assertEquals(
                    "Suspicious sign-in activity",
                    supervisor.find(By.tagName("h1")).getText());
            assertEquals(List.of("5"), failures(supervisor, "accounts", account), "the guessed account");
            assertEquals(List.of("20"), failures(supervisor, "addresses", "127.0.0.93"), "the guessing address");
            List<String> problems = AccessibilityIT.check(supervisor, PAGE);
            assertTrue(problems.isEmpty(), "axe-core: " + String.join("\n", problems));
        }
        try (Browser italian = Browser.open(app, "it")) {
            italian.signInToConsole(Api.SUPERVISOR, Api.SUPERVISOR_PASSWORD);
            italian.go(PAGE);
            assertEquals("Accessi sospetti", italian.visible(By.tagName("h1")).getText());
            assertEquals(
                    "Indirizzi dei client",
                    italian.find(By.id("addressesTitle")).getText());
            assertEquals(List.of("20"), failures(italian, "addresses", "127.0.0.93"), "the address, in Italian");
        }
    }

    private void failSignIn(InetAddress from, String login) throws IOException {
        RawHttp.Response refused =
                RawHttp.post(from, app, "/api/v1/me/cases/CD-0/close", "{}", Api.basic(login, "not-the-password"));
        assertEquals(401, refused.status(), login + ": " + refused.body());
    }

    /** The failures column of the rows of {@code table} about {@code subject}. */
    private static List<String> failures(Browser browser, String table, String subject) {
        return browser.driver().findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(row -> cell(row, "td.sign-in-subject").equals(subject))
                .map(row -> cell(row, "td.number"))
                .toList();
    }

    private static String cell(WebElement row, String css) {
        List<WebElement> cells = row.findElements(By.cssSelector(css));
        // reflow tables repeat the column header inside each cell for phones: the value is the last line
        if (cells.isEmpty()) {
            return "";
        }
        String[] lines = cells.get(0).getText().trim().split("\n");
        return lines[lines.length - 1].trim();
    }
}
