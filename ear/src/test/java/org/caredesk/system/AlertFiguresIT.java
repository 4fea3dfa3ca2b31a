package org.caredesk.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 10: an alert's figures are written for a person, not as machine values: the chance of
 * so many reports by coincidence as "about 1 in 13,000" (not "p-value 7.536E-5"), the window as dates
 * in the page's language (not ISO "2026-11-16").
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
            CaseWorkIT.signIn(supervisor, SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/alert.xhtml?id=" + alertId);
            String chance = supervisor.visible(By.id("alertChance")).getText().trim();
            assertTrue(chance.matches("(about|less than) 1 in [1-9][0-9]{0,2}(,[0-9]{3})*"), "the chance reads '" + chance + "'");
            String window = supervisor.find(By.id("alertWindow")).getText();
            assertFalse(window.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), "the window is dated for people: " + window);
            String page = supervisor.find(By.tagName("main")).getText();
            assertFalse(page.matches("(?s).*\\d[.,]?\\d*E-\\d.*"), "no scientific notation on the page:\n" + page);
        }
    }

    /** The console's first scan raises the demo data's alerts; it gets a bounded time to finish. */
    private long anyAlert() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonArray alerts = json(api.get("/console/api/v1/alerts", basic(AGENT, AGENT_PASSWORD))).asJsonArray();
            if (!alerts.isEmpty()) {
                return ((JsonObject) alerts.get(0)).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no alert within 90 s");
    }
}
