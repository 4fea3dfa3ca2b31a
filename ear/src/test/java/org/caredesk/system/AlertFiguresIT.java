package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 13 item 10: figures and values are written for a person, not as machine values: an alert's
 * chance of so many reports by coincidence as "about 1 in 13,000" (not "p-value 7.536E-5") and its window
 * as dates in the page's language (not ISO "2026-11-16"); the supervision board's waits as "2 d 23 h"
 * (not "4288" minutes); a contact's sentiment as a word with its strength in words (not "score
 * 0.2577313446739971") and its corrections as sentences (not "remove-hazard fire (was fire)").
 */
@ExtendWith(RunningCareDesk.class)
class AlertFiguresIT {
    private final CareDesk app;
    private final Api api;

    AlertFiguresIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void theAlertPageWritesTheChanceAndTheWindowForPeople() {
        long alertId = anyAlert();
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/alert.xhtml?id=" + alertId);
            String chance = supervisor.visible(By.id("alertChance")).getText().trim();
            assertTrue(
                    chance.matches("(about|less than) 1 in [1-9][0-9]{0,2}(,[0-9]{3})*"),
                    "the chance reads '" + chance + "'");
            String window = supervisor.find(By.id("alertWindow")).getText();
            assertFalse(window.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "the window is dated for people: " + window);
            String why = supervisor.find(By.id("alertWhy")).getText();
            assertFalse(why.matches("(?s).*\\d\\.0\\b.*"), "whole numbers without '.0': " + why);
            String page = supervisor.find(By.tagName("main")).getText();
            assertFalse(page.matches("(?s).*\\d[.,]?\\d*E-\\d.*"), "no scientific notation on the page:\n" + page);
        }
    }

    @Test
    void theSupervisionBoardWritesWaitsAsDaysHoursAndMinutes() {
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/supervision.xhtml");
            for (String id : new String[] {"oldestNew", "oldestChat"}) {
                String wait = supervisor.visible(By.id(id)).getText().trim();
                assertTrue(wait.matches("—|\\d+ d \\d+ h|\\d+ h \\d+ min|\\d+ min"), id + " reads '" + wait + "'");
            }
        }
    }

    @Test
    void aContactsSentimentAndCorrectionsAreWords() {
        String text = "The blender lid cracked and I am annoyed " + Api.unique("AlertFiguresIT");
        api.createCaseAsAlice("Cracked lid", text);
        long id = -1;
        for (var line : json(api.get("/console/api/v1/tagged-contacts?limit=50", basic(AGENT, AGENT_PASSWORD)))
                .asJsonArray()) {
            if (line.asJsonObject().getString("excerpt").equals(text)) {
                id = line.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        assertTrue(id > 0, "the new contact is listed");
        String corrections = "/console/api/v1/tagged-contacts/" + id + "/corrections";
        assertEquals(
                200,
                api.postJson(corrections, "{\"kind\":\"add-hazard\",\"value\":\"fire\"}", basic(AGENT, AGENT_PASSWORD))
                        .statusCode());
        assertEquals(
                200,
                api.postJson(
                                corrections,
                                "{\"kind\":\"remove-hazard\",\"value\":\"fire\"}",
                                basic(AGENT, AGENT_PASSWORD))
                        .statusCode());
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/contact.xhtml?id=" + id);
            String label = agent.visible(By.id("sentimentLabel")).getText().trim();
            assertTrue(label.matches("Negative|Neutral|Positive"), "the sentiment reads '" + label + "'");
            String sentiment = agent.find(By.id("sentimentLabel"))
                    .findElement(By.xpath(".."))
                    .getText();
            assertFalse(sentiment.matches("(?s).*\\d\\.\\d.*"), "no raw score: " + sentiment);
            String changes =
                    agent.find(By.cssSelector("[id$='corrections_data']")).getText();
            assertTrue(
                    changes.contains("Hazard added: Fire or smoke")
                            && changes.contains("Hazard removed: Fire or smoke"),
                    "the corrections read as sentences: " + changes);
            assertFalse(changes.contains("remove-hazard") || changes.contains("(was"), changes);
        }
    }

    @Test
    void theContactsListNamesChannelsNotByTheirKeys() {
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/contacts.xhtml");
            java.util.List<String> channels = agent.waitFor("the contacts list", d -> {
                java.util.List<String> found = d.findElements(By.cssSelector("td.contact-channel")).stream()
                        .map(td -> td.getText().trim())
                        .toList();
                return found.isEmpty() ? null : found;
            });
            assertEquals(
                    java.util.List.of(),
                    channels.stream()
                            .filter(c -> c.matches("web|email|phone|chat|social|import"))
                            .toList(),
                    "channels shown by their keys");
        }
    }

    /** The console's first scan raises the demo data's alerts; it gets a bounded time to finish. */
    private long anyAlert() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonArray alerts = json(api.get("/console/api/v1/alerts", basic(AGENT, AGENT_PASSWORD)))
                    .asJsonArray();
            if (!alerts.isEmpty()) {
                return ((JsonObject) alerts.get(0)).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no alert within 90 s");
    }
}
