package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo data's rising product raises an early-warning alert on a fresh start, and supervisors work it through. */
@ExtendWith(RunningCareDesk.class)
class EarlyWarningIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private static final String AS_SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private final Api api;

    EarlyWarningIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void theRisingPowerBankRaisesAnAlertThatASupervisorWorksThrough() {
        // The console scans when it starts; give that first scan a bounded time to finish.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Optional<JsonObject> alert = Optional.empty();
        while (alert.isEmpty() && Instant.now().isBefore(deadline)) {
            alert = powerBankAlert(
                    json(api.get("/console/api/v1/alerts", AS_AGENT)).asJsonArray());
        }
        JsonObject found = alert.orElseThrow(() -> new AssertionError("no alert for PB-20K within 60 s"));
        assertEquals("raised", found.getString("status"));
        assertTrue(found.getInt("observed") >= 3, found.toString());
        assertTrue(found.getJsonNumber("expected").doubleValue() < found.getInt("observed"), found.toString());
        assertTrue(found.getString("windowStart").compareTo(found.getString("windowEnd")) <= 0);
        assertFalse(found.getJsonArray("evidence").isEmpty(), "an alert holds the contacts that support it");
        String status = "/console/api/v1/alerts/" + found.getJsonNumber("id") + "/status";

        assertError(put(status, "{\"status\":\"acknowledged\"}", AS_AGENT), 403, "forbidden");
        assertError(put(status, "{\"status\":\"snoozed\"}", AS_SUPERVISOR), 400, "invalid_input");
        assertError(put(status, "{\"status\":\"dismissed\"}", AS_SUPERVISOR), 400, "invalid_input");
        JsonObject acknowledged =
                object(put(status, "{\"status\":\"acknowledged\",\"reason\":\"Looking into it\"}", AS_SUPERVISOR));
        assertEquals("acknowledged", acknowledged.getString("status"));
        JsonObject dismissed = object(
                put(status, "{\"status\":\"dismissed\",\"reason\":\"Known batch, already recalled\"}", AS_SUPERVISOR));
        assertEquals("dismissed", dismissed.getString("status"));
        assertError(put(status, "{\"status\":\"escalated\"}", AS_SUPERVISOR), 409, "conflict");

        // A new scan (every import runs one) does not raise the dismissed pattern again.
        HttpResponse<String> imported = api.send(api.request("/console/api/v1/contacts/import")
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", AS_SUPERVISOR)
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"receivedAt\":\"2026-01-01T10:00:00Z\",\"channel\":\"email\",\"text\":\"Thanks for the help\"}"))
                .build());
        assertEquals(200, imported.statusCode(), imported.body());
        JsonArray raised =
                json(api.get("/console/api/v1/alerts?status=raised", AS_AGENT)).asJsonArray();
        assertTrue(powerBankAlert(raised).isEmpty(), "the dismissed pattern was raised again: " + raised);
        assertTrue(powerBankAlert(json(api.get("/console/api/v1/alerts?status=dismissed", AS_AGENT))
                        .asJsonArray())
                .isPresent());
    }

    @Test
    void alertsAreForStaffAndTheStatusMustBeKnown() {
        assertError(api.get("/console/api/v1/alerts", null), 401, "unauthorized");
        assertError(api.get("/console/api/v1/alerts", basic(ALICE, ALICE_PASSWORD)), 403, "forbidden");
        assertError(api.get("/console/api/v1/alerts?status=sleeping", AS_AGENT), 400, "bad_request");
        assertError(
                put("/console/api/v1/alerts/999999999/status", "{\"status\":\"acknowledged\"}", AS_SUPERVISOR),
                404,
                "not_found");
    }

    private static Optional<JsonObject> powerBankAlert(JsonArray alerts) {
        // AlertRecallIT raises (and escalates) a PB-20K electric-shock alert of its own; this test is about the demo
        // data's.
        return alerts.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> "PB-20K".equals(a.getString("productCode", ""))
                        && !"electric-shock".equals(a.getString("hazard", "")))
                .findFirst();
    }

    private HttpResponse<String> put(String path, String json, String authorization) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
