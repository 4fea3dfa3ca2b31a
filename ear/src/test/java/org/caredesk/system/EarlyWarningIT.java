package org.caredesk.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data's rising product raises an early-warning alert on a fresh start. */
@ExtendWith(RunningCareDesk.class)
class EarlyWarningIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private final Api api;

    EarlyWarningIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void theRisingPowerBankRaisesAnAlertWithItsEvidence() {
        // The console scans when it starts; give that first scan a bounded time to finish.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Optional<JsonObject> alert = Optional.empty();
        while (alert.isEmpty() && Instant.now().isBefore(deadline)) {
            alert = powerBankAlert(json(api.get("/console/api/v1/alerts?status=raised", AS_AGENT)).asJsonArray());
        }
        JsonObject found = alert.orElseThrow(() -> new AssertionError("no alert for PB-20K within 60 s"));
        assertTrue(found.getInt("observed") >= 3, found.toString());
        assertTrue(found.getJsonNumber("expected").doubleValue() < found.getInt("observed"), found.toString());
        assertTrue(found.getString("windowStart").compareTo(found.getString("windowEnd")) <= 0);
        assertFalse(found.getJsonArray("evidence").isEmpty(), "an alert holds the contacts that support it");
        assertEquals("raised", found.getString("status"));
    }

    @Test
    void alertsAreForStaffAndTheStatusMustBeKnown() {
        assertError(api.get("/console/api/v1/alerts", null), 401, "unauthorized");
        assertError(api.get("/console/api/v1/alerts", basic(ALICE, ALICE_PASSWORD)), 403, "forbidden");
        assertError(api.get("/console/api/v1/alerts?status=sleeping", AS_AGENT), 400, "bad_request");
    }

    private static Optional<JsonObject> powerBankAlert(JsonArray alerts) {
        return alerts.stream().map(JsonValue::asJsonObject)
                .filter(a -> "PB-20K".equals(a.getString("productCode", ""))).findFirst();
    }

}
