package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.assertError;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /console/api/v1/reports/{report}} on the demo data: JSON whose rows add up to the period's
 * total, the same rows as CSV, every bad parameter answered with docs/api.md's exact error, and supervisors
 * only (an agent gets 403).
 */
@ExtendWith(RunningCareDesk.class)
class ReportsApiIT {
    private static final String AS_SUPERVISOR = basic("supervisor@example.com", "supervisor-demo");
    private final Api api;

    ReportsApiIT(CareDesk app) {
        this.api = new Api(app);
    }

    @Test
    void volumeByChannelAddsUpToThePeriodAndComparesWithThePeriodBefore() {
        JsonObject report = rolledUp("/console/api/v1/reports/volume?groupBy=channel&from=" + from() + "&to=" + to());
        assertEquals("volume", report.getString("report"));
        assertEquals("channel", report.getString("groupBy"));
        long cases = 0;
        long contacts = 0;
        for (JsonValue row : report.getJsonArray("rows")) {
            cases += row.asJsonObject().getJsonNumber("cases").longValue();
            contacts += row.asJsonObject().getJsonNumber("contacts").longValue();
        }
        assertEquals(report.getJsonObject("total").getJsonNumber("cases").longValue(), cases);
        assertEquals(report.getJsonObject("total").getJsonNumber("contacts").longValue(), contacts);
        assertTrue(contacts > 0, "the demo's last 30 days have contacts: " + report);
        JsonObject previous = report.getJsonObject("previous");
        assertEquals(from().minusDays(30).toString(), previous.getString("from"));
        assertEquals(from().minusDays(1).toString(), previous.getString("to"));
    }

    @Test
    void theSameRowsComeAsCsv() {
        String path = "/console/api/v1/reports/volume?groupBy=day&from=" + from() + "&to=" + to();
        JsonObject json = rolledUp(path);
        HttpResponse<String> csv = api.send(api.request(path)
                .header("Authorization", AS_SUPERVISOR)
                .header("Accept", "text/csv")
                .GET()
                .build());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("group,label,contacts,cases,resolved,backlog", lines.get(0));
        assertEquals(30, lines.size() - 1, "one line a day");
        JsonObject first = json.getJsonArray("rows").getJsonObject(0);
        assertEquals(
                first.getString("group") + "," + first.getString("label") + "," + first.get("contacts") + ","
                        + first.get("cases") + "," + first.get("resolved") + "," + first.get("backlog"),
                lines.get(1));
    }

    @Test
    void badParametersAreNamedInTheError() {
        assertEquals(
                "No report nope; reports are [volume, service, satisfaction, products, customers, self-service]",
                assertError(get("/console/api/v1/reports/nope", AS_SUPERVISOR), 404, "not_found")
                        .getString("message"));
        assertEquals(
                "from must be a date YYYY-MM-DD",
                assertError(get("/console/api/v1/reports/volume?from=2026-13-01", AS_SUPERVISOR), 400, "bad_request")
                        .getString("message"));
        assertEquals(
                "groupBy must be one of [day, week, month, channel, product, category, language] for volume",
                assertError(get("/console/api/v1/reports/volume?groupBy=agent", AS_SUPERVISOR), 400, "bad_request")
                        .getString("message"));
        assertEquals(
                "from must not be after to",
                assertError(
                                get("/console/api/v1/reports/service?from=2026-05-02&to=2026-05-01", AS_SUPERVISOR),
                                400,
                                "bad_request")
                        .getString("message"));
        assertEquals(
                "team: teams are not available yet",
                assertError(get("/console/api/v1/reports/satisfaction?team=north", AS_SUPERVISOR), 400, "bad_request")
                        .getString("message"));
    }

    @Test
    void onlySupervisorsReadReports() {
        assertError(get("/console/api/v1/reports/volume", basic(AGENT, AGENT_PASSWORD)), 403, "forbidden");
        assertError(get("/console/api/v1/reports/volume", null), 401, "unauthorized");
    }

    @Test
    void everyReportAnswersWithItsColumns() {
        for (String report : List.of("volume", "service", "satisfaction", "products", "customers", "self-service")) {
            HttpResponse<String> response = get("/console/api/v1/reports/" + report, AS_SUPERVISOR);
            assertEquals(200, response.statusCode(), report + ": " + response.body());
            JsonObject json = Api.object(response);
            assertEquals(report, json.getString("report"));
            assertTrue(!json.getJsonArray("columns").isEmpty(), json.toString());
        }
    }

    /** The report once the roll-ups have read the demo data (refreshed every minute from the start). */
    private JsonObject rolledUp(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            HttpResponse<String> response = get(path, AS_SUPERVISOR);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject json = Api.object(response);
            if (json.getJsonObject("total").getJsonNumber("contacts").longValue() > 0) {
                return json;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("The roll-ups never showed the demo's contacts: " + json);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(500_000_000L); // polling pace, not a wait for a result
        }
    }

    private static LocalDate to() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }

    private static LocalDate from() {
        return to().minusDays(29);
    }

    private HttpResponse<String> get(String path, String authorization) {
        var request = api.request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }
}
