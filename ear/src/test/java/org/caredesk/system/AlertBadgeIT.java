package org.caredesk.system;

import static org.caredesk.system.Api.SUPERVISOR;
import static org.caredesk.system.Api.SUPERVISOR_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Issue 13 item 11: the console's waiting-alerts badge shows nothing (no red "0") when no alert waits,
 * counts a new alert live, and counts down live when a supervisor decides it.
 *
 * <p>The badge counts every raised alert of the whole application, and the shared test instance always
 * has one (its demo data's, which EarlyWarningIT needs raised). Deciding it there would break that test
 * and cannot be undone, so this test runs on an instance of its own: it waits for the first early-warning
 * scan, decides what that scan raised, and raises a new alert the way AlertRecallIT does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertBadgeIT {
    private static final String AS_SUPERVISOR = basic(SUPERVISOR, SUPERVISOR_PASSWORD);
    private AppInstance instance;

    @BeforeAll
    void ownInstance() {
        Browser.assumeAvailable();
        instance = AppInstance.fresh(
                "alert-badge",
                Map.of(
                        "CAREDESK_ANON_LIMIT", "0",
                        "CAREDESK_DEMO_SMTP_PORT", Integer.toString(AppInstance.freePort()),
                        "CAREDESK_DEMO_IMAP_PORT", Integer.toString(AppInstance.freePort())));
        instance.launch().awaitReady(Faults.START);
    }

    @AfterAll
    void stop() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void theBadgeShowsNothingWhenNoAlertWaitsAndCountsAlertsLiveBothWays() {
        Api api = new Api(instance.app());
        firstScanDone();
        for (JsonValue alert : Api.json(api.get("/console/api/v1/alerts?status=raised", AS_SUPERVISOR))
                .asJsonArray()) {
            decide(api, alert.asJsonObject().getJsonNumber("id").longValue());
        }

        try (Browser supervisor = Browser.open(instance.app())) {
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            WebElement badge = supervisor.find(By.id("alertBadge"));
            assertFalse(badge.isDisplayed(), "no alert waits, yet the badge shows '" + badgeText(supervisor) + "'");
            supervisor.waitFor("the live feed connected", d -> !d.findElements(By.cssSelector("#feedStatus.online"))
                    .isEmpty());

            List<Long> raised = raiseAnAlert(api);
            WebElement shown = supervisor.visible(By.id("alertBadge"));
            supervisor.waitFor(
                    "the new alert counted live (" + raised.size() + ")",
                    d -> shown.getText().trim().equals(Integer.toString(raised.size())));

            raised.forEach(alert -> decide(api, alert));
            supervisor.waitFor(
                    "the badge gone once the supervisor decided the alert",
                    d -> !d.findElement(By.id("alertBadge")).isDisplayed());
            assertEquals("0", badgeText(supervisor));

            supervisor.go("/console/alerts.xhtml");
            assertFalse(supervisor.visible(By.id("alertsForm:alerts")).getText().isEmpty(), "the alerts page rendered");
            assertFalse(
                    supervisor.find(By.id("alertBadge")).isDisplayed(),
                    "after a reload the badge shows '" + badgeText(supervisor) + "'");
        }
    }

    /**
     * The console's first scan replays the demo history and raises its alerts, after "CareDesk ready";
     * it logs "Early warnings: N new alerts" once it has stored them all. Later scans see only new
     * contacts, and this test adds none until it raises its own alert.
     */
    private void firstScanDone() {
        new FluentWait<>(instance)
                .withTimeout(Duration.ofSeconds(180))
                .pollingEvery(Duration.ofMillis(250))
                .withMessage(() -> "the first early-warning scan raised nothing; last lines:\n" + instance.lastLines())
                .until(i -> {
                    try {
                        return Files.readString(i.log()).contains("Early warnings: ");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void decide(Api api, long alert) {
        HttpResponse<String> response = api.putJson(
                "/console/api/v1/alerts/" + alert + "/status",
                "{\"status\":\"acknowledged\",\"reason\":\"Looked at it (AlertBadgeIT)\"}",
                AS_SUPERVISOR);
        assertEquals(200, response.statusCode(), response.body());
    }

    /**
     * Eight consumers report electric shocks from a PB-20K in the last day, a hazard the demo data never has;
     * answers the alerts waiting now (the electric-shock one among them).
     */
    private static List<Long> raiseAnAlert(Api api) {
        List<String> texts = List.of(
                "My VoltPak 20000 power bank gave me an electric shock when I plugged it in. Dangerous!",
                "Got an electric shock from the PB-20K power bank while charging my phone, awful",
                "The VoltPak power bank shocked me, electric shock through the USB port. Terrible.");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            lines.append(Json.createObjectBuilder()
                            .add(
                                    "receivedAt",
                                    now.minus(20 - 2L * i, ChronoUnit.HOURS).toString())
                            .add("channel", "email")
                            .add("text", texts.get(i % texts.size()))
                            .add("product", "PB-20K")
                            .add("email", "shock" + i + "@example.org")
                            .add("externalId", "badge-shock-" + i)
                            .build())
                    .append('\n');
        }
        HttpResponse<String> imported = api.send(api.request("/console/api/v1/contacts/import")
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", AS_SUPERVISOR)
                .POST(HttpRequest.BodyPublishers.ofString(lines.toString()))
                .build());
        assertEquals(200, imported.statusCode(), imported.body());
        List<JsonObject> raised =
                Api.json(api.get("/console/api/v1/alerts?status=raised", AS_SUPERVISOR)).asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        assertTrue(
                raised.stream().anyMatch(a -> "electric-shock".equals(a.getString("hazard"))),
                "the import raised the electric-shock alert: " + raised);
        return raised.stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    /** What the badge holds, shown or not (Selenium's getText is empty for a hidden element). */
    private static String badgeText(Browser browser) {
        return String.valueOf(browser.script("return document.getElementById('alertBadge').textContent"))
                .trim();
    }
}
