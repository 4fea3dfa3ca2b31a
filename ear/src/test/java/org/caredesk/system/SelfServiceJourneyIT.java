package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The customer's journeys in headless Chromium: register, confirm the e-mail from a real mail,
 * sign in, follow and rate a case with an attachment; an anonymous case that joins the account
 * registered later with the same e-mail; the privacy centre's consents, download and erasure.
 */
@ExtendWith(RunningCareDesk.class)
class SelfServiceJourneyIT {
    private static final String PASSWORD = "journey password 1";
    private final CareDesk app;

    SelfServiceJourneyIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browserAvailable() {
        Browser.assumeAvailable();
        Mailbox.shared(); // listening before the app sends its first mail
    }

    @Test
    void aCustomerSeesAccountsAndProductsThenFollowsAttachesClosesAndRatesACase() throws IOException {
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            assertFalse(
                    alice.driver()
                            .findElements(By.cssSelector("#accountTable .account-number"))
                            .isEmpty(),
                    "no accounts shown");
            assertTrue(
                    alice.find(By.id("productTable")).getText().contains("VoltPak"),
                    "alice's power bank is not listed");
            assertTrue(alice.find(By.cssSelector("#accountTable")).getText().contains("€"), "balance without currency");

            String subject = Api.unique("Cracked lid <b>bold?</b>");
            String caseNumber =
                    openCaseSignedIn(alice, subject, "<script>window.caredeskXss='ran'</script>The lid cracked.");
            alice.go("/account/index.xhtml");
            alice.visible(By.linkText(caseNumber)).click();
            assertEquals(subject, alice.visible(By.id("caseSubject")).getText().trim());
            assertTrue(alice.driver()
                    .findElements(By.cssSelector(".timeline-text script, #caseSubject b"))
                    .isEmpty());
            assertEquals(Boolean.TRUE, alice.script("return typeof window.caredeskXss === 'undefined';"));

            alice.find(By.id("replyForm:reply")).sendKeys("Here is a photo.");
            alice.find(By.id("replyForm:send")).click();
            alice.waitFor("the reply in the timeline", d -> d.findElements(By.cssSelector(".timeline-text")).stream()
                    .anyMatch(t -> t.getText().trim().equals("Here is a photo.")));

            Path tooBig =
                    file("big-", ".jpg", 5 * 1024 * 1024 + 10, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            alice.find(By.cssSelector("#uploadForm input[type=file]")).sendKeys(tooBig.toString());
            alice.find(By.id("uploadForm:upload")).click();
            WebElement error = alice.visible(By.cssSelector(".ui-messages-error"));
            assertTrue(error.getText().contains("5 MB"), error::getText);

            Path photo = file("lid-", ".png", 200, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            alice.find(By.cssSelector("#uploadForm input[type=file]")).sendKeys(photo.toString());
            alice.find(By.id("uploadForm:upload")).click();
            WebElement link = alice.visible(By.cssSelector("#attachments a.attachment-link"));
            assertTrue(link.getText().endsWith(".png"), link::getText);

            alice.find(By.id("actionsForm:close")).click();
            alice.waitFor(
                    "the case closed", d -> !d.findElements(By.id("rateForm")).isEmpty());
            alice.find(By.cssSelector("#rateForm input[type=radio][value='5']")).click();
            alice.find(By.id("rateForm:comment")).sendKeys("Fast and friendly");
            alice.find(By.id("rateForm:rate")).click();
            assertTrue(alice.visible(By.id("ratingGiven")).getText().contains("5/5"));
            assertTrue(alice.driver().findElements(By.id("rateForm")).isEmpty(), "a case can be rated twice");
            alice.find(By.id("actionsForm:reopen")).click();
            alice.waitFor("the case open again", d -> !d.findElements(By.id("replyForm"))
                    .isEmpty());
        }
    }

    @Test
    void anAnonymousCaseJoinsTheAccountRegisteredWithTheSameEmail() {
        String email = "anon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subject = Api.unique("Anonymous kettle");
        try (Browser consumer = Browser.open(app)) {
            consumer.go("/contact.xhtml");
            consumer.visible(By.id("caseForm:subject")).sendKeys(subject);
            consumer.find(By.id("caseForm:message")).sendKeys("The kettle switches off before boiling.");
            consumer.find(By.id("caseForm:email")).sendKeys(email);
            consumer.find(By.id("caseForm:submit")).click();
            String caseNumber = consumer.visible(By.id("caseNumber")).getText().trim();
            String code = consumer.visible(By.id("trackingCode")).getText().trim();

            consumer.go("/case-status.xhtml");
            consumer.visible(By.id("statusForm:caseNumber")).sendKeys(caseNumber);
            consumer.find(By.id("statusForm:trackingCode")).sendKeys("WRONG" + code);
            consumer.find(By.id("statusForm:lookUp")).click();
            consumer.visible(By.cssSelector("[id='statusForm:messages'] .ui-messages-warn"));
            consumer.find(By.id("statusForm:trackingCode")).clear();
            consumer.find(By.id("statusForm:trackingCode")).sendKeys(code);
            consumer.find(By.id("statusForm:lookUp")).click();
            assertEquals(
                    subject, consumer.visible(By.id("caseSubject")).getText().trim());
            consumer.find(By.id("statusReplyForm:reply")).sendKeys("Any news?");
            consumer.find(By.id("statusReplyForm:send")).click();
            consumer.waitFor(
                    "the anonymous reply in the timeline",
                    d -> d.findElements(By.cssSelector(".timeline-text")).stream()
                            .anyMatch(t -> t.getText().trim().equals("Any news?")));

            registerAndVerify(consumer, email);
            consumer.signInToPortal(email, PASSWORD);
            consumer.visible(By.linkText(caseNumber)).click();
            assertEquals(
                    subject, consumer.visible(By.id("caseSubject")).getText().trim());
        }
    }

    @Test
    void thePrivacyCentreRecordsConsentsGivesTheDataAndErasesTheAccount() {
        String email = "privacy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser customer = Browser.open(app)) {
            registerAndVerify(customer, email);
            customer.signInToPortal(email, PASSWORD);
            customer.find(By.id("privacyLink")).click();
            WebElement sms = customer.visible(By.id("consentForm:bySms"));
            assertFalse(sms.isSelected());
            sms.click();
            customer.find(By.id("consentForm:saveConsents")).click();
            customer.waitFor(
                    "the new consent in the history",
                    d -> d.findElement(By.id("consentHistory")).getText().contains("Privacy centre"));
            assertTrue(customer.find(By.id("consentForm:bySms")).isSelected());
            assertTrue(
                    customer.find(By.id("accessLog")).getText().contains("Nobody"), "an access nobody made is listed");
            assertTrue(customer.find(By.id("downloadJson")).getAttribute("href").endsWith("/api/v1/me/export"));

            customer.find(By.id("downloadHtml")).click();
            assertEquals(
                    email, customer.visible(By.id("profileEmail")).getText().trim());
            String json = (String) ((org.openqa.selenium.JavascriptExecutor) customer.driver())
                    .executeAsyncScript(
                            "const done = arguments[0]; fetch('/api/v1/me/export').then(r => r.text()).then(done);");
            assertTrue(json.contains("\"email\":\"" + email + "\""), json);

            try (Browser elsewhere = Browser.open(app)) {
                elsewhere.signInToPortal(email, PASSWORD);
                customer.go("/account/privacy.xhtml");
                customer.visible(By.id("eraseForm:erase")).click();
                customer.visible(By.cssSelector("[id='eraseForm:eraseMessages'] .ui-messages-error"));
                customer.find(By.id("eraseForm:confirm")).click();
                customer.find(By.id("eraseForm:erase")).click();
                customer.visible(By.id("erasedTitle"));
                assertTrue(
                        customer.driver().getCurrentUrl().contains("/erased.xhtml"),
                        customer.driver().getCurrentUrl());
                // The asking session ended with the account, and so did every other one.
                customer.go("/account/index.xhtml");
                customer.waitFor("the asking browser sent to the sign-in", d -> d.getCurrentUrl()
                        .contains("/login.xhtml"));
                elsewhere.go("/account/index.xhtml");
                elsewhere.waitFor("the other session sent to the sign-in", d -> d.getCurrentUrl()
                        .contains("/login.xhtml"));
            }

            customer.go("/login.xhtml");
            customer.visible(By.id("loginForm:email")).sendKeys(email);
            customer.find(By.id("loginForm:password")).sendKeys(PASSWORD);
            customer.find(By.id("loginForm:signIn")).click();
            customer.visible(By.cssSelector("[id='loginForm:messages'] .ui-messages-error"));
            assertTrue(customer.driver().getCurrentUrl().contains("/login.xhtml"));
        }
    }

    @Test
    void signingOutEndsTheSessionAndShowsTheSignInPage() {
        try (Browser bob = Browser.open(app)) {
            bob.signInToPortal("bob@example.com", "bob-demo");
            bob.find(By.id("signOutForm:signOut")).click();
            bob.visible(By.id("loginForm:email"));
            assertTrue(
                    bob.driver().getCurrentUrl().contains("/login.xhtml"),
                    bob.driver().getCurrentUrl());
            bob.go("/account/index.xhtml");
            bob.waitFor("the account asks for a sign-in again", d -> d.getCurrentUrl()
                    .contains("/login.xhtml"));
        }
    }

    @Test
    void signingInGivesTheBrowserANewSessionId() {
        try (Browser bob = Browser.open(app)) {
            bob.go("/login.xhtml");
            bob.visible(By.id("loginForm:email"));
            org.openqa.selenium.Cookie before = bob.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(before != null, "the sign-in page has no session to fix");
            bob.signInToPortal("bob@example.com", "bob-demo");
            org.openqa.selenium.Cookie after = bob.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(after != null, "no session after signing in");
            assertFalse(
                    before.getValue().equals(after.getValue()),
                    "the session id from before the sign-in is still in use (session fixation)");
        }
    }

    @Test
    void theDashboardIsInItalianWhenSwitched() {
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            new org.openqa.selenium.support.ui.Select(alice.find(By.id("languageForm:language"))).selectByValue("it");
            alice.waitFor(
                    "the page in Italian",
                    d -> d.findElement(By.id("accountsHeading")).getText().equals("I miei contratti"));
            String balances = (String) alice.script("return document.getElementById('accountTable').textContent;");
            assertTrue(
                    balances.matches("(?s).*\\d,\\d\\d[\\s\u00A0\u202F]?€.*"),
                    () -> "not an Italian amount: " + balances);
            alice.find(By.id("languageForm:language"));
            new org.openqa.selenium.support.ui.Select(alice.find(By.id("languageForm:language"))).selectByValue("en");
            alice.waitFor(
                    "the page in English",
                    d -> d.findElement(By.id("accountsHeading")).getText().equals("My accounts"));
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseLinkAndChangedInTheProfile() {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser customer = Browser.open(app)) {
            registerAndVerify(customer, email);
            // A session signed in before the reset (a shared computer, a stolen cookie) must end with it.
            String path;
            try (Browser before = Browser.open(app)) {
                before.signInToPortal(email, PASSWORD);
                customer.go("/login.xhtml");
                customer.visible(By.id("forgotLink")).click();
                customer.visible(By.id("forgotForm:email")).sendKeys(email);
                customer.find(By.id("forgotForm:send")).click();
                customer.visible(By.id("forgotSent"));

                String link = Mailbox.shared()
                        .awaitLink(email, "Reset your CareDesk password", "/reset-password.xhtml?token=");
                path = link.substring(link.indexOf("/reset-password.xhtml"));
                customer.go(path);
                customer.visible(By.id("resetForm:password")).sendKeys("short");
                customer.find(By.id("resetForm:save")).click();
                customer.visible(By.cssSelector("[id='resetForm:messages'] .ui-messages-error"));
                customer.find(By.id("resetForm:password")).sendKeys("a brand new password");
                customer.find(By.id("resetForm:save")).click();
                customer.visible(By.id("resetDone"));
                before.go("/account/index.xhtml");
                before.waitFor("the session from before the reset sent to the sign-in", d -> d.getCurrentUrl()
                        .contains("/login.xhtml"));
            }

            customer.go(path);
            customer.visible(By.id("resetForm:password")).sendKeys("yet another password");
            customer.find(By.id("resetForm:save")).click();
            WebElement used = customer.visible(By.cssSelector("[id='resetForm:messages'] .ui-messages-error"));
            assertTrue(used.getText().contains("not valid"), used::getText);

            customer.signInToPortal(email, "a brand new password");
            customer.find(By.id("profileLink")).click();
            customer.visible(By.id("profileForm:phone")).sendKeys("+39 02 555 0101");
            customer.find(By.id("profileForm:saveProfile")).click();
            customer.visible(By.cssSelector(".ui-messages-info"));
            assertEquals(
                    "+39 02 555 0101", customer.find(By.id("profileForm:phone")).getAttribute("value"));
            try (Browser elsewhere = Browser.open(app)) {
                elsewhere.signInToPortal(email, "a brand new password");
                String before =
                        customer.driver().manage().getCookieNamed("JSESSIONID").getValue();
                customer.find(By.id("passwordForm:currentPassword")).sendKeys("a brand new password");
                customer.find(By.id("passwordForm:newPassword")).sendKeys("the third password");
                customer.find(By.id("passwordForm:changePassword")).click();
                customer.visible(By.cssSelector(".ui-messages-info"));
                assertFalse(
                        before.equals(customer.driver()
                                .manage()
                                .getCookieNamed("JSESSIONID")
                                .getValue()),
                        "the session that changed the password goes on under a new id");

                // The session that changed it stays signed in; the one in the other browser is over.
                customer.go("/account/index.xhtml");
                customer.visible(By.id("casesHeading"));
                elsewhere.go("/account/index.xhtml");
                elsewhere.waitFor("the other session sent to the sign-in", d -> d.getCurrentUrl()
                        .contains("/login.xhtml"));
            }
            customer.signInToPortal(email, "the third password");
        }
    }

    private void registerAndVerify(Browser browser, String email) {
        browser.go("/login.xhtml");
        browser.visible(By.id("registerLink")).click();
        browser.visible(By.id("registerForm:firstName")).sendKeys("Journey");
        browser.find(By.id("registerForm:lastName")).sendKeys("Tester");
        browser.find(By.id("registerForm:email")).sendKeys(email);
        browser.find(By.id("registerForm:password")).sendKeys(PASSWORD);
        browser.find(By.id("registerForm:register")).click();
        assertTrue(browser.visible(By.id("registerSent")).getText().contains(email));

        String link = Mailbox.shared().awaitLink(email, "Confirm your e-mail", "/verify.xhtml?token=");
        browser.go(link.substring(link.indexOf("/verify.xhtml")));
        browser.visible(By.id("verified"));
    }

    private static String openCaseSignedIn(Browser browser, String subject, String message) {
        browser.go("/contact.xhtml");
        browser.visible(By.id("caseForm:subject")).sendKeys(subject);
        browser.find(By.id("caseForm:message")).sendKeys(message);
        browser.find(By.id("caseForm:submit")).click();
        return browser.visible(By.id("caseNumber")).getText().trim();
    }

    private static Path file(String prefix, String suffix, int size, byte[] start) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            byte[] content = new byte[size];
            System.arraycopy(start, 0, content, 0, start.length);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
