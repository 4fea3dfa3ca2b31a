package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A consumer on the portal and an agent on the console, each in their own headless Chromium:
 * the consumer's case shows up in the agent's queue live, and stored markup stays text.
 * Each test submits at most one anonymous case through the form (the limit is 5 a minute).
 */
@ExtendWith(RunningCareDesk.class)
class PortalToConsoleIT {
    private static final String NO_RELOAD_MARKER = "window.caredeskNoReload";
    private final CareDesk app;

    PortalToConsoleIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aCaseFromThePortalAppearsInTheAgentsQueueWithoutAReload() {
        try (Browser agent = Browser.open(app);
                Browser consumer = Browser.open(app)) {
            openQueueAs(agent, AGENT, AGENT_PASSWORD);
            agent.script(NO_RELOAD_MARKER + " = 'still the same page';");

            consumer.go("/");
            WebElement search = consumer.visible(By.id("q"));
            search.sendKeys("refund", Keys.ENTER);
            consumer.waitFor(
                    "search results for 'refund'",
                    d -> d.getCurrentUrl().contains("/search.xhtml")
                            && !d.findElements(By.cssSelector("#results li.result"))
                                    .isEmpty());
            assertTrue(
                    consumer.find(By.id("resultCount")).getText().matches(".*[1-9]\\d*.*"),
                    () -> "result count: " + consumer.find(By.id("resultCount")).getText());
            assertTrue(consumer.find(By.cssSelector("#results li.result"))
                    .getText()
                    .toLowerCase()
                    .contains("refund"));

            String subject = Api.unique("My toaster burns everything");
            Map<String, String> receipt = submitContactForm(
                    consumer, subject, "Since last week every slice comes out black, even on setting 1.");
            String caseNumber = receipt.get("caseNumber");

            agent.waitFor("case " + caseNumber + " in the agent's queue", d -> queueRow(agent, caseNumber)
                    .isPresent());
            assertEquals(
                    "still the same page",
                    agent.script("return " + NO_RELOAD_MARKER + ";"),
                    "the queue page was reloaded instead of updated in place");
            assertEquals(
                    subject,
                    queueRow(agent, caseNumber)
                            .orElseThrow()
                            .findElement(By.cssSelector("td.case-subject"))
                            .getText()
                            .trim());

            consumer.go("/case-status.xhtml?case=" + caseNumber + "&code=" + receipt.get("trackingCode"));
            assertEquals(
                    subject, consumer.visible(By.id("caseSubject")).getText().trim());
            assertFalse(consumer.find(By.id("caseStatus")).getText().isBlank(), "no status shown");
        }
    }

    @Test
    void aCustomerCannotUseTheConsole() {
        try (Browser alice = Browser.open(app)) {
            alice.go("/console/login.xhtml");
            alice.submitSignIn(ALICE, ALICE_PASSWORD);
            // Refused with words: the login form's error, or (since the security changes of 2026-12-06) the
            // friendly "not available to your account" page; never the console.
            WebElement error =
                    alice.visible(By.cssSelector("[id='loginForm:messages'] .ui-messages-error, main h1, h1"));
            assertFalse(error.getText().isBlank(), "an empty error message");
            assertTrue(
                    alice.driver().findElements(By.id("queueForm:queue")).isEmpty(),
                    "the queue is shown to a customer");
            assertTrue(
                    alice.driver().getCurrentUrl().contains("/console/login.xhtml"),
                    alice.driver().getCurrentUrl());

            alice.go("/console/index.xhtml");
            alice.visible(By.id("loginForm:email"));
            assertAll(
                    () -> assertTrue(
                            alice.driver().getCurrentUrl().contains("/console/login.xhtml"),
                            alice.driver().getCurrentUrl()),
                    () -> assertTrue(
                            alice.driver()
                                    .findElements(By.id("queueForm:queue"))
                                    .isEmpty(),
                            "the queue is shown to a customer"));
        }
    }

    @Test
    void markupInACaseIsShownAsTextInTheQueueAndOnTheStatusPage() {
        String id = Api.unique("XSS");
        String subject = "<script>alert('xss-subject')</script><img src=x onerror=\"alert('xss-img')\"> " + id;
        String message = "<script>window.caredeskXss = 'message'; alert('xss-message')</script><b>bold?</b> " + id;
        try (Browser agent = Browser.open(app);
                Browser consumer = Browser.open(app)) {
            Map<String, String> receipt = submitContactForm(consumer, subject, message);
            String caseNumber = receipt.get("caseNumber");

            // Opened after the case exists: this is about rendering, not about the live update.
            openQueueAs(agent, AGENT, AGENT_PASSWORD);
            assertTrue(queueRow(agent, caseNumber).isPresent(), () -> caseNumber + " is not in the queue");
            WebElement cell = queueRow(agent, caseNumber).orElseThrow().findElement(By.cssSelector("td.case-subject"));
            assertAll(
                    "the console queue",
                    () -> assertEquals(subject, cell.getText().trim()),
                    () -> assertTrue(
                            cell.findElements(By.cssSelector("script, img, b")).isEmpty(), cell::toString),
                    () -> assertNoScriptRan(agent));

            consumer.go("/case-status.xhtml?case=" + caseNumber + "&code=" + receipt.get("trackingCode"));
            WebElement shownSubject = consumer.visible(By.id("caseSubject"));
            List<WebElement> timeline = consumer.driver().findElements(By.cssSelector(".timeline-text"));
            assertAll(
                    "the portal status page",
                    () -> assertEquals(subject, shownSubject.getText().trim()),
                    () -> assertTrue(shownSubject
                            .findElements(By.cssSelector("script, img"))
                            .isEmpty()),
                    () -> assertTrue(
                            timeline.stream().anyMatch(t -> t.getText().trim().equals(message)),
                            () -> "timeline: "
                                    + timeline.stream().map(WebElement::getText).toList()),
                    () -> assertTrue(consumer.driver()
                            .findElements(By.cssSelector(".timeline-text script, .timeline-text b"))
                            .isEmpty()),
                    () -> assertNoScriptRan(consumer));
        }
    }

    private static void assertNoScriptRan(Browser browser) {
        // An alert() that ran would be open now and make this call fail with UnhandledAlertException.
        assertEquals(
                Boolean.TRUE,
                browser.script("return typeof window.caredeskXss === 'undefined';"),
                "a script stored in the case ran in the page");
    }

    private void openQueueAs(Browser browser, String login, String password) {
        browser.go("/console/login.xhtml");
        browser.submitSignIn(login, password);
        browser.waitFor(
                "the console queue after signing in",
                d -> d.getCurrentUrl().contains("/console/index.xhtml")
                        && !d.findElements(By.id("queueForm:queue")).isEmpty());
        // Newest first: the queue shows 50 a page, and the new case must be on the first.
        browser.go("/console/index.xhtml?sort=received&dir=desc");
        browser.waitFor(
                "the live feed connected (#feedStatus.online)",
                d -> !d.findElements(By.cssSelector("#feedStatus.online")).isEmpty());
    }

    /** Fills and sends the contact form; answers the receipt's caseNumber and trackingCode. */
    private static Map<String, String> submitContactForm(Browser consumer, String subject, String message) {
        consumer.go("/contact.xhtml");
        consumer.visible(By.id("caseForm:subject")).sendKeys(subject);
        consumer.find(By.id("caseForm:message")).sendKeys(message);
        consumer.find(By.id("caseForm:product_input")).sendKeys("Toaster T-100");
        consumer.find(By.id("caseForm:name")).sendKeys("Carla Consumer");
        consumer.find(By.id("caseForm:email")).sendKeys("carla@example.org");
        consumer.find(By.id("caseForm:phone")).sendKeys("+39 055 123456");
        consumer.find(By.id("caseForm:submit")).click();
        String caseNumber = consumer.visible(By.id("caseNumber")).getText().trim();
        String trackingCode = consumer.visible(By.id("trackingCode")).getText().trim();
        assertAll(() -> assertNotEquals("", caseNumber), () -> assertNotEquals("", trackingCode));
        return Map.of("caseNumber", caseNumber, "trackingCode", trackingCode);
    }

    private static Optional<WebElement> queueRow(Browser agent, String caseNumber) {
        By candidates = By.xpath("//*[@id='queueForm:queue']//tbody/tr[td[contains(@class, 'case-number')]"
                + "[contains(., '" + caseNumber + "')]]");
        return agent.driver().findElements(candidates).stream()
                .filter(row -> row.findElements(By.cssSelector("td.case-number")).stream()
                        .anyMatch(cell -> cell.getText().trim().equals(caseNumber)))
                .findFirst();
    }
}
