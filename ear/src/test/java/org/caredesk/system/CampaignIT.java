package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Segments and campaigns end to end (issue 17 items 4–5) in headless Chromium against the real mail
 * server of the tests: a supervisor builds a segment and sees its size change, writes a campaign, sends
 * a test to herself, schedules it; alice gets it (List-Unsubscribe header, tracked links), her reply
 * joins her history and the campaign's figures, and its unsubscribe link withdraws her consent without
 * sign-in. The tracking endpoints refuse forged tokens with the exact error and never redirect elsewhere.
 */
@ExtendWith(RunningCareDesk.class)
class CampaignIT {
    private static final Pattern TOKEN = Pattern.compile("/api/v1/campaign-mail/([0-9]+\\.[A-Za-z0-9_-]+)/click/0");
    private final CareDesk app;
    private final Api api;

    CampaignIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aSupervisorReachesASegmentAndTheResponseComesBack() throws Exception {
        String segment = Api.unique("Opted-in customers");
        String subject = Api.unique("Winter care tips");
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole("supervisor@example.com", "supervisor-demo");
            supervisor.go("/console/supervisor/segments.xhtml");
            String everyone = size(supervisor);
            choose(supervisor, "segmentForm:language", "Italian");
            supervisor.waitFor(
                    "the size for Italian speakers", d -> !size(supervisor).equals(everyone));
            choose(supervisor, "segmentForm:language", "Any");
            supervisor.waitFor(
                    "the size for everyone again", d -> size(supervisor).equals(everyone));
            supervisor.find(By.id("segmentForm:name")).sendKeys(segment);
            supervisor.find(By.id("segmentForm:save")).click();
            supervisor.waitFor(
                    "the saved segment",
                    d -> supervisor.find(By.id("savedForm:saved")).getText().contains(segment));

            supervisor.go("/console/supervisor/campaigns.xhtml");
            supervisor.find(By.id("campaignForm:name")).sendKeys(subject);
            choose(supervisor, "campaignForm:segment", segment);
            supervisor.find(By.id("campaignForm:subjectEn")).sendKeys(subject);
            supervisor
                    .find(By.id("campaignForm:bodyEn"))
                    .sendKeys("Hello {firstName}, read https://example.com/winter before the cold.");
            supervisor.find(By.id("campaignForm:subjectIt")).sendKeys(subject + " (it)");
            supervisor
                    .find(By.id("campaignForm:bodyIt"))
                    .sendKeys("Ciao {firstName}, legga https://example.com/inverno prima del freddo.");
            supervisor.find(By.id("campaignForm:create")).click();
            supervisor.waitFor("the campaign page", d -> d.getCurrentUrl().contains("/supervisor/campaign.xhtml"));

            supervisor.find(By.id("campaignActions:testSend")).click();
            MimeMessage test = Mailbox.shared().awaitMessage("supervisor@example.com", subject);
            assertTrue(test.getHeader("List-Unsubscribe", null).contains("/api/v1/campaign-mail/"));
            assertEquals("List-Unsubscribe=One-Click", test.getHeader("List-Unsubscribe-Post", null));

            supervisor.find(By.id("campaignActions:schedule")).click();
            supervisor.visible(By.id("campaignActions:confirmYes")).click();
            MimeMessage toAlice = Mailbox.shared().awaitMessage(ALICE, subject);
            String text = Mailbox.text(toAlice);
            assertTrue(text.startsWith("Hello Alice,"), text);
            Matcher token = TOKEN.matcher(text);
            assertTrue(token.find(), text);

            trackingRefusesWhatItDidNotSend(token.group(1));

            // Alice answers the campaign mail: it lands as a contact on her history and counts as a reply.
            Mailbox.shared().send(reply(toAlice, subject));
            supervisor.waitFor("the reply in the figures", d -> {
                supervisor.find(By.id("campaignActions:refresh")).click();
                return supervisor
                        .visible(By.id("figureReplied"))
                        .getText()
                        .trim()
                        .equals("1");
            });
            String cases = api.get("/api/v1/me/cases", Api.basic(ALICE, ALICE_PASSWORD))
                    .body();
            assertTrue(cases.contains("Re: " + subject), cases);
            assertEquals("1", supervisor.find(By.id("figureClicked")).getText().trim());

            // The unsubscribe link works without sign-in and withdraws the consent at once.
            try (Browser stranger = Browser.open(app)) {
                stranger.go("/unsubscribe.xhtml?t=" + token.group(1));
                stranger.visible(By.id("unsubscribed"));
                stranger.go("/unsubscribe.xhtml?t=" + token.group(1) + "x");
                stranger.visible(By.id("unsubscribeInvalid"));
            }
            try (Browser alice = Browser.open(app)) {
                alice.signInToPortal(ALICE, ALICE_PASSWORD);
                alice.go("/account/privacy.xhtml");
                assertFalse(alice.visible(By.id("consentForm:marketing")).isSelected());
                assertTrue(alice.find(By.id("consentHistory")).getText().contains("unsubscribe link"));
                // Back as the demo had her, for any later test on the same instance.
                alice.find(By.id("consentForm:marketing")).click();
                alice.find(By.id("consentForm:saveConsents")).click();
                alice.waitFor("consent saved", d -> alice.find(By.id("consentForm:marketing"))
                        .isSelected());
            }
        }
    }

    private void trackingRefusesWhatItDidNotSend(String token) {
        String forged = token.substring(0, token.indexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        Api.assertError(api.get("/api/v1/campaign-mail/" + forged + "/open"), 404, "unknown_link");
        Api.assertError(api.get("/api/v1/campaign-mail/" + forged + "/click/0"), 404, "unknown_link");
        Api.assertError(api.get("/api/v1/campaign-mail/not-a-token/open"), 404, "unknown_link");
        Api.assertError(api.get("/api/v1/campaign-mail/" + token + "/click/1"), 404, "unknown_link");
        Api.assertError(api.get("/api/v1/campaign-mail/" + token + "/click/-1"), 404, "unknown_link");
        Api.assertError(
                api.send(api.request("/api/v1/campaign-mail/" + forged + "/unsubscribe")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                404,
                "unknown_link");
        // Only the campaign's own link, whatever the request adds.
        HttpResponse<String> click =
                api.get("/api/v1/campaign-mail/" + token + "/click/0?url=https://evil.example/&next=//evil.example");
        assertEquals(303, click.statusCode(), click.body());
        assertEquals(
                "https://example.com/winter",
                click.headers().firstValue("Location").orElse(""));
        HttpResponse<String> pixel = api.get("/api/v1/campaign-mail/" + token + "/open");
        assertEquals(200, pixel.statusCode());
        assertEquals("image/gif", pixel.headers().firstValue("Content-Type").orElse(""));
    }

    private static MimeMessage reply(MimeMessage original, String subject) throws MessagingException {
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress(ALICE));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(Mailbox.SUPPORT));
        reply.setSubject("Re: " + subject, "UTF-8");
        reply.setHeader("In-Reply-To", original.getMessageID());
        reply.setHeader("References", original.getMessageID());
        reply.setText("Thanks, but my heater still makes a noise.", "UTF-8");
        reply.saveChanges();
        return reply;
    }

    private static String size(Browser browser) {
        return browser.find(By.id("segmentForm:segmentSize")).getText().trim();
    }

    private static void choose(Browser browser, String id, String label) {
        browser.chooseInMenu(id, label);
    }
}
