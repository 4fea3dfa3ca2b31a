package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Agents working cases in the console, each in their own headless Chromium: two agents who edit the
 * same case at once (one wins, the other is told live and at save and keeps their text), and a
 * reply that reaches the customer in the portal while an internal note never does.
 */
@ExtendWith(RunningCareDesk.class)
class CaseWorkIT {
    static final String SUPERVISOR = "supervisor@example.com";
    static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    private final CareDesk app;
    private final Api api;

    CaseWorkIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void twoAgentsEditTheSameCaseOneWinsTheOtherIsToldAndKeepsTheirText() {
        String caseNumber = api.createCaseAsAlice(Api.unique("Blender noise"), "My blender makes a grinding noise.")
                .getString("caseNumber");
        try (Browser dana = Browser.open(app);
                Browser sam = Browser.open(app)) {
            openCase(dana, AGENT, AGENT_PASSWORD, caseNumber);
            openCase(sam, SUPERVISOR, SUPERVISOR_PASSWORD, caseNumber);

            String danasText = "Dana here: please send us a photo of the blender. " + Api.unique("d");
            String samsText = "Sam here: we will replace your blender.\nSecond line kept. " + Api.unique("s");
            dana.find(By.id("replyForm:reply")).sendKeys(danasText);
            sam.find(By.id("replyForm:reply")).sendKeys(samsText);

            dana.find(By.id("replyForm:send")).click();
            dana.waitFor(
                    "Dana's reply in her timeline", d -> timelineTexts(dana).contains(danasText));

            // Told live: the banner names who changed the case, and Sam's typed text is untouched.
            WebElement banner = sam.visible(By.id("bannerForm:changedText"));
            assertTrue(banner.getText().contains(AGENT), banner.getText());
            sam.waitFor("Dana's reply shown live in Sam's timeline", d -> timelineTexts(sam)
                    .contains(danasText));
            assertEquals(samsText, sam.find(By.id("replyForm:reply")).getAttribute("value"));

            // Told at save: nothing is overwritten, the text stays for a second try.
            sam.find(By.id("replyForm:send")).click();
            WebElement error = sam.visible(By.cssSelector("#messages .ui-messages-error"));
            assertTrue(error.getText().contains(AGENT), error.getText());
            assertEquals(
                    samsText, sam.find(By.id("replyForm:reply")).getAttribute("value"), "the typed reply was lost");
            assertFalse(timelineTexts(sam).contains(samsText), "the stale reply was saved");

            sam.find(By.id("replyForm:send")).click();
            sam.waitFor("Sam's reply saved on the second try", d -> timelineTexts(sam)
                    .contains(samsText));
            assertEquals("", sam.find(By.id("replyForm:reply")).getAttribute("value"));
            dana.waitFor(
                    "Sam's reply shown live to Dana", d -> timelineTexts(dana).contains(samsText));
        }
    }

    @Test
    void anAgentClaimsAndRepliesAndTheCustomerSeesTheReplyButNeverTheNote() {
        JsonObject receipt =
                api.createCaseAsAlice(Api.unique("Kettle"), "The kettle switches off before the water boils.");
        String caseNumber = receipt.getString("caseNumber");
        String reply = "We are sending you a new kettle today. " + Api.unique("r");
        String note = "INTERNAL: second kettle complaint this month " + Api.unique("n");
        try (Browser agent = Browser.open(app);
                Browser customer = Browser.open(app)) {
            openCase(agent, AGENT, AGENT_PASSWORD, caseNumber);
            agent.find(By.id("replyForm:claim")).click();
            agent.waitFor(
                    "the case assigned to the agent",
                    d -> d.findElement(By.id("caseAssignee")).getText().contains("Dana"));

            agent.find(By.id("replyForm:reply")).sendKeys(reply);
            agent.find(By.id("replyForm:send")).click();
            agent.waitFor("the reply in the timeline", d -> timelineTexts(agent).contains(reply));
            agent.find(By.id("noteForm:note")).sendKeys(note);
            agent.find(By.id("noteForm:saveNote")).click();
            agent.waitFor("the note in the timeline", d -> timelineTexts(agent).contains(note));
            assertFalse(agent.driver()
                    .findElements(By.cssSelector(".timeline-entry.internal"))
                    .isEmpty());

            customer.go("/case-status.xhtml?case=" + caseNumber + "&code=" + receipt.getString("trackingCode"));
            customer.visible(By.id("caseSubject"));
            List<String> seen = customer.driver().findElements(By.cssSelector(".timeline-text")).stream()
                    .map(e -> e.getText().trim())
                    .toList();
            assertAll(
                    () -> assertTrue(seen.contains(reply), seen::toString),
                    () -> assertTrue(seen.stream().noneMatch(t -> t.contains("INTERNAL")), seen::toString));
        }
        HttpResponse<String> byCode =
                api.get("/api/v1/cases/" + caseNumber + "?trackingCode=" + receipt.getString("trackingCode"));
        HttpResponse<String> asOwner = api.get("/api/v1/cases/" + caseNumber, Api.basic(ALICE, ALICE_PASSWORD));
        for (HttpResponse<String> response : List.of(byCode, asOwner)) {
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains(reply), response.body());
            assertFalse(response.body().contains("INTERNAL"), "a note in the customer API: " + response.body());
        }
        String history = api.get("/api/v1/me", Api.basic(ALICE, ALICE_PASSWORD)).body();
        assertFalse(history.contains("INTERNAL"), "a note in the customer's own profile");
    }

    @Test
    void aKnowledgeBaseLinkAndAMacroGoIntoTheReplyWithoutLosingTheTypedText() {
        String caseNumber = api.createCaseAsAlice(Api.unique("Refund"), "When do I get my refund?")
                .getString("caseNumber");
        try (Browser agent = Browser.open(app)) {
            openCase(agent, AGENT, AGENT_PASSWORD, caseNumber);
            agent.find(By.id("replyForm:reply")).sendKeys("Hello Alice,");
            agent.find(By.id("replyForm:kbQuery")).sendKeys("refund");
            agent.find(By.id("replyForm:kbSearch")).click();
            WebElement insert = agent.visible(By.cssSelector(".kb-hit button"));
            insert.click();
            agent.waitFor("an article link in the reply", d -> d.findElement(By.id("replyForm:reply"))
                    .getAttribute("value")
                    .contains("/article.xhtml?id="));
            assertTrue(
                    agent.find(By.id("replyForm:reply")).getAttribute("value").startsWith("Hello Alice,"));

            // The canned replies became macros (issue 21): the same text, through the macro's preview.
            new Select(agent.find(By.id("replyForm:macro")))
                    .selectByVisibleText("Please send the serial number (English)");
            agent.find(By.id("replyForm:previewMacro")).click();
            agent.waitFor("the macro's reply in the reply", d -> d.findElement(By.id("replyForm:reply"))
                    .getAttribute("value")
                    .contains("serial number of the product"));
            String text = agent.find(By.id("replyForm:reply")).getAttribute("value");
            assertTrue(text.startsWith("Hello Alice,") && text.contains("/article.xhtml?id="), text);
        }
    }

    @Test
    void aCaseShowsTheEarlierCaseAboutTheSameMatterAsSimilar() {
        String marker = Api.unique("zq").replace(" ", "");
        String earlier = api.createCaseAsAlice(
                        "Dishwasher leaking " + marker,
                        "My dishwasher leaks water from the door seal " + marker + " every cycle.")
                .getString("caseNumber");
        String later = api.createCaseAsAlice(
                        "Water under the dishwasher " + marker,
                        "Water leaks from the dishwasher door seal " + marker + " again.")
                .getString("caseNumber");
        try (Browser agent = Browser.open(app)) {
            openCase(agent, AGENT, AGENT_PASSWORD, later);
            List<String> similar = agent.driver().findElements(By.cssSelector(".similar-case a")).stream()
                    .map(e -> e.getText().trim())
                    .toList();
            assertTrue(similar.contains(earlier), () -> "similar to " + later + ": " + similar);
            assertFalse(similar.contains(later), "a case is not similar to itself");
        }
    }

    @Test
    void anAgentLooksUpACallerByPhoneAndLogsTheCall() {
        String notes = "Caller says the heater smells of burning plastic. " + Api.unique("call");
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/customer.xhtml");
            agent.visible(By.id("lookUpForm:phone")).sendKeys("0044 (20) 7946-0018");
            agent.find(By.id("lookUpForm:lookUp")).click();
            assertEquals(ALICE, agent.visible(By.id("customerEmail")).getText().trim());
            assertFalse(
                    agent.driver()
                            .findElements(By.cssSelector("[id='cases'] td.case-number a"))
                            .isEmpty(),
                    "alice's cases are listed");
            // Issue 13 item 20: the portal shows amounts in euros; the console once showed them with no
            // currency while contact texts spoke of pounds. Alice's balances read in euros here too.
            List<String> balances =
                    agent.driver().findElements(By.cssSelector("[id='accounts'] td.account-balance")).stream()
                            .map(td -> td.getText().trim())
                            .toList();
            assertFalse(balances.isEmpty(), "alice's accounts are listed");
            assertTrue(
                    balances.stream().allMatch(b -> b.contains("€") && !b.contains("£")),
                    "balances in euros, none in pounds: " + balances);

            agent.find(By.id("callForm:notes")).sendKeys(notes);
            agent.find(By.id("callForm:logCall")).click();
            agent.waitFor(
                    "the call on the timeline",
                    d -> d.findElements(By.cssSelector("#history .timeline-entry.channel-phone")).stream()
                            .anyMatch(e -> e.getText().contains(notes)));
            WebElement entry =
                    agent.driver().findElements(By.cssSelector("#history .timeline-entry.channel-phone")).stream()
                            .filter(e -> e.getText().contains(notes))
                            .findFirst()
                            .orElseThrow();
            assertFalse(
                    entry.findElements(By.cssSelector(".sentiment")).isEmpty(),
                    "the call was not tagged: " + entry.getText());
        }
    }

    @Test
    void onlySupervisorsOpenTheSettings() {
        try (Browser agent = Browser.open(app);
                Browser sam = Browser.open(app)) {
            sam.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            sam.go("/console/settings.xhtml");
            sam.visible(By.id("slaForm:targets"));
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/settings.xhtml");
            assertTrue(agent.driver().findElements(By.id("slaForm:targets")).isEmpty(), "an agent opened the settings");
        }
    }

    /** Issue 13 item 3: agents attach files to replies, under the consumer's limits, and the consumer sees them. */
    @Test
    void anAgentsSignedReplyCarriesAPhotoTheCustomerSeesAndARefusedFileKeepsTheReply() throws java.io.IOException {
        String caseNumber = api.createCaseAsAlice(Api.unique("Reply with a photo"), "Which fuse does it need?")
                .getString("caseNumber");
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("reply-files");
        java.nio.file.Path photo = folder.resolve("fuse-location.png");
        java.nio.file.Path fake = folder.resolve("fake.png");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        java.nio.file.Files.writeString(fake, "hello, I am not a picture");
        String text = "The fuse sits behind the back panel, see the photo. " + Api.unique("r");
        try (Browser dana = Browser.open(app)) {
            openCase(dana, AGENT, AGENT_PASSWORD, caseNumber);
            dana.find(By.id("replyForm:reply")).sendKeys(text);
            dana.find(By.id("replyForm:replyFiles")).sendKeys(fake.toString());
            dana.find(By.id("replyForm:send")).click();
            WebElement refused = dana.visible(By.cssSelector("#messages .ui-messages-error"));
            assertTrue(
                    refused.getText().contains("\u201cfake.png\u201d is not a JPEG, PNG or PDF file."),
                    "names the file and the reason: " + refused.getText());
            assertEquals(text, dana.find(By.id("replyForm:reply")).getAttribute("value"), "the reply is kept");
            assertFalse(timelineTexts(dana).contains(text), "nothing was sent");

            dana.find(By.id("replyForm:replyFiles")).sendKeys(photo.toString());
            dana.find(By.id("replyForm:send")).click();
            dana.waitFor("the reply in the timeline", d -> timelineTexts(dana).contains(text));
        } finally {
            java.nio.file.Files.deleteIfExists(photo);
            java.nio.file.Files.deleteIfExists(fake);
            java.nio.file.Files.deleteIfExists(folder);
        }
        JsonObject detail = Api.object(api.get("/api/v1/me/cases/" + caseNumber, Api.basic(ALICE, ALICE_PASSWORD)));
        assertEquals(
                List.of("fuse-location.png"),
                detail.getJsonArray("attachments").stream()
                        .map(a -> a.asJsonObject().getString("fileName"))
                        .toList(),
                "the customer's case lists the agent's file (and not the refused one): " + detail);
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            alice.go("/account/case.xhtml?case=" + caseNumber);
            WebElement link = alice.visible(By.cssSelector("#attachments a.attachment-link"));
            assertTrue(link.getText().contains("fuse-location.png"), link.getText());
            // Issue 13 item 8: the reply is signed with the agent's first name, on a card without blank space.
            WebElement card = alice.driver().findElements(By.cssSelector("#timeline li.timeline-entry")).stream()
                    .filter(e -> e.findElement(By.className("timeline-text"))
                            .getText()
                            .trim()
                            .equals(text))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the agent's reply is not on the portal's timeline"));
            String author = card.findElement(By.className("timeline-meta")).getText();
            assertTrue(author.startsWith("Dana \u00b7 "), "signed with the agent's first name: " + author);
            int used = card.findElement(By.className("timeline-meta")).getSize().getHeight()
                    + card.findElement(By.className("timeline-text")).getSize().getHeight();
            assertTrue(
                    card.getSize().getHeight() - used < 60,
                    "a card " + card.getSize().getHeight() + " px high for " + used + " px of text");
        }
    }

    static void openCase(Browser browser, String login, String password, String caseNumber) {
        browser.signInToConsole(login, password);
        browser.go("/console/case.xhtml?number=" + caseNumber);
        assertEquals(caseNumber, browser.visible(By.id("caseNumber")).getText().trim());
        browser.waitFor(
                "the live feed connected (#feedStatus.online)",
                d -> !d.findElements(By.cssSelector("#feedStatus.online")).isEmpty());
    }

    static List<String> timelineTexts(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#timeline .timeline-text")).stream()
                .map(e -> e.getText().trim())
                .toList();
    }
}
