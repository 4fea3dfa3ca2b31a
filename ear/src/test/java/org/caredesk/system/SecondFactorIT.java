package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.secondfactor.Base32;
import org.caredesk.domain.secondfactor.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in for staff (issue 15) in Chromium: a supervisor makes it mandatory, so the
 * password of an agent without one leads to its enrolment and not into the console; the secret is
 * shown once, the first code turns it on and yields ten recovery codes; later sign-ins need a code
 * from the app (once) or a recovery code (once); HTTP Basic with the password alone is refused.
 * Uses the demo's second agent so that the other tests' staff sign in as before.
 */
@ExtendWith(RunningCareDesk.class)
class SecondFactorIT {
    private static final String STAFF = "agent2@example.com";
    private static final String PASSWORD = "agent2-demo";
    private static final String SUPERVISOR = "supervisor@example.com";
    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";

    private final CareDesk app;

    SecondFactorIT(CareDesk app) {
        this.app = app;
    }

    @Test
    void mandatoryEnrolmentThenSignInWithACodeAndWithARecoveryCodeEachOnce() {
        CookieSession supervisor = CookieSession.signIn(app, "/console", SUPERVISOR, SUPERVISOR_PASSWORD);
        byte[] key;
        String recoveryCode;
        require(supervisor, true);
        try (Browser browser = Browser.open(app)) {
            // Mandatory: the right password leads to the enrolment, not into the console.
            browser.go("/console/login.xhtml");
            browser.submitSignIn(STAFF, PASSWORD);
            browser.waitFor("the enrolment after the password", d -> d.getCurrentUrl()
                    .contains("/console/second-factor.xhtml"));
            browser.go("/console/index.xhtml");
            browser.waitFor("not signed in before the second factor", d -> d.getCurrentUrl()
                    .contains("/console/login.xhtml"));
            browser.go("/console/second-factor.xhtml");
            browser.visible(By.id("secondFactorForm:start")).click();
            String secret = browser.visible(By.id("secret")).getText();
            String uri = browser.find(By.id("otpauthLink")).getAttribute("href");
            assertTrue(uri.startsWith("otpauth://totp/CareDesk"), uri);
            assertTrue(uri.contains("secret=" + secret.replace(" ", "")), uri);
            key = Base32.decode(secret);
            browser.find(By.id("secondFactorForm:firstCode"))
                    .sendKeys("000000".equals(code(key, 0)) ? "111111" : "000000");
            browser.find(By.id("secondFactorForm:confirm")).click();
            browser.waitFor("a wrong first code refused", d -> d.getPageSource().contains("not right"));
            browser.find(By.id("secondFactorForm:firstCode")).clear();
            browser.find(By.id("secondFactorForm:firstCode")).sendKeys(code(key, 0));
            browser.find(By.id("secondFactorForm:confirm")).click();
            List<WebElement> codes = browser.waitFor(
                    "ten recovery codes",
                    d -> d.findElements(By.cssSelector("#recoveryCodes li")).size() == 10
                            ? d.findElements(By.cssSelector("#recoveryCodes li"))
                            : null);
            recoveryCode = codes.get(3).getText();
            assertFalse(browser.driver().getPageSource().contains(secret), "the secret is shown once only");
            browser.find(By.id("continue")).click();
            browser.waitFor("in the console", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
            browser.go("/console/second-factor.xhtml");
            assertTrue(browser.visible(By.id("secondFactorOn")).isDisplayed());
            assertFalse(browser.driver().getPageSource().contains(secret), "never shown again");
        } finally {
            require(supervisor, false);
        }
        // Optional again: staff without a second factor sign in with the password as before.
        CookieSession.signIn(app, "/console", Api.AGENT, Api.AGENT_PASSWORD);

        // A password alone is refused over HTTP Basic for this account.
        Api api = new Api(app);
        HttpResponse<String> basic = api.get("/console/api/v1/alerts", Api.basic(STAFF, PASSWORD));
        Api.assertError(basic, 401, "unauthorized");
        assertTrue(basic.body().contains("second factor"), basic.body());

        try (Browser browser = Browser.open(app)) {
            // Password, then a code from the app (the next step's: the first one was used at enrolment).
            signInWithCode(browser, "123456".equals(code(key, 1)) ? "654321" : "123456");
            browser.waitFor("a wrong code refused", d -> d.getPageSource().contains("not right"));
            browser.find(By.id("secondFactorForm:code")).sendKeys(code(key, 1));
            browser.find(By.id("secondFactorForm:verify")).click();
            browser.waitFor("in the console with a code", d -> d.getCurrentUrl().contains("/console/index.xhtml"));

            browser.driver().manage().deleteAllCookies();
            signInWithCode(browser, recoveryCode);
            browser.waitFor("in the console with a recovery code", d -> d.getCurrentUrl()
                    .contains("/console/index.xhtml"));

            browser.driver().manage().deleteAllCookies();
            signInWithCode(browser, recoveryCode);
            browser.waitFor(
                    "a used recovery code refused", d -> d.getPageSource().contains("not right"));
            assertTrue(browser.driver().getCurrentUrl().contains("/console/second-factor.xhtml"));
            browser.go("/console/index.xhtml");
            browser.waitFor("still not signed in", d -> d.getCurrentUrl().contains("/console/login.xhtml"));
        }
    }

    private static void signInWithCode(Browser browser, String code) {
        browser.go("/console/login.xhtml");
        browser.submitSignIn(STAFF, PASSWORD);
        browser.visible(By.id("secondFactorForm:code")).sendKeys(code);
        browser.find(By.id("secondFactorForm:verify")).click();
    }

    /** The app's code, {@code ahead} steps from now. */
    private static String code(byte[] key, int ahead) {
        return Totp.code(key, Totp.step(Instant.now()) + ahead);
    }

    private static void require(CookieSession supervisor, boolean required) {
        HttpResponse<String> saved = supervisor.submit(
                "/console/settings.xhtml",
                "secondFactorForm",
                required ? Map.of("secondFactorForm:secondFactorRequired_input", "on") : Map.of(),
                "secondFactorForm:saveSecondFactor");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("Two-factor sign-in setting saved"), saved.body());
    }
}
