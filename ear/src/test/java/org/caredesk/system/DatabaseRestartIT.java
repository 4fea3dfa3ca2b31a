package org.caredesk.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database comes back, so does the app: CareDesk runs on a PostgreSQL server of the test's own
 * while a client submits cases and a console follows the live feed; the database is stopped and
 * started again. While it is away every answer is 503 with Retry-After (the API's JSON error, a
 * "back in a moment" page for people), never a 500, and {@code /health} says DOWN with the reason;
 * within 10 s of its return {@code /health} is UP again, the console's feed carries new cases
 * without a restart, and every case acknowledged before, during or after is found.
 */
class DatabaseRestartIT {
    private static final int PER_SECOND = 10;
    private static final Duration RECOVERY_GOAL = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPostgresRestartUnderLoadCostsNothingAcknowledgedAndHealsItself() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.create()) {
            postgres.start();
            postgres.createDatabase("restart");
            try (AppInstance instance = AppInstance.fresh("restart-pg", Map.of("CAREDESK_ANON_LIMIT", "0",
                    "CAREDESK_DB_URL", postgres.url("restart"), "CAREDESK_DB_USER", "postgres", "CAREDESK_DEMO", "true"))) {
                instance.start(DurabilityIT.START);
                CareDesk app = instance.app();
                try (FeedClient console = FeedClient.connect(app, Api.basic(Api.AGENT, Api.AGENT_PASSWORD));
                     CaseStream stream = new CaseStream(app).start(PER_SECOND)) {
                    DurabilityIT.awaitAcknowledged(stream, 30);
                    CaseStream.Acknowledged before = stream.acknowledged().get(0);

                    postgres.stop();
                    HttpResponse<String> health = awaitHealth(app, r -> r.statusCode() == 503);
                    assertTrue(health.body().contains("\"database\":\"down: "), "health says why: " + health.body());

                    HttpResponse<String> api = get(app, "/api/v1/cases/" + before.caseNumber() + "?trackingCode="
                            + URLEncoder.encode(before.trackingCode(), StandardCharsets.UTF_8), "application/json");
                    assertEquals(503, api.statusCode(), api.body());
                    assertEquals("unavailable", json(api.body()).getString("error"));
                    assertTrue(api.headers().firstValue("Retry-After").isPresent(), "Retry-After on the API");

                    HttpResponse<String> page = get(app, "/case-status.xhtml?case=" + before.caseNumber() + "&code="
                            + URLEncoder.encode(before.trackingCode(), StandardCharsets.UTF_8), "text/html");
                    assertEquals(503, page.statusCode(), page.body());
                    assertTrue(page.body().contains("Back in a moment"), page.body());
                    assertTrue(page.headers().firstValue("Retry-After").isPresent(), "Retry-After on the page");

                    long restarted = System.nanoTime();
                    postgres.start();
                    awaitHealth(app, r -> r.statusCode() == 200);
                    double recovery = (System.nanoTime() - restarted) / 1e9;

                    int acknowledgedAtRecovery = stream.acknowledgedCount();
                    DurabilityIT.awaitAcknowledged(stream, acknowledgedAtRecovery + 20);
                    stream.close();
                    CaseStream.Acknowledged after = stream.acknowledged().get(stream.acknowledgedCount() - 1);
                    console.until("case.created of " + after.caseNumber() + " after the restart",
                            frame -> FeedClient.isCaseCreated(frame, after.caseNumber()));

                    List<CaseStream.Acknowledged> acknowledged = stream.acknowledged();
                    List<CaseStream.Acknowledged> missing = CaseStream.missing(app, acknowledged);
                    System.out.printf("Restart of PostgreSQL under %d submissions/s: answers %s; 5xx other than 503: %d;"
                                    + " /health UP %.1f s after the database started; acknowledged %d, found %d%n",
                            PER_SECOND, stream.statuses(), stream.serverErrors(), recovery, acknowledged.size(),
                            acknowledged.size() - missing.size());
                    assertEquals(0, stream.serverErrors(), "answers during the restart: " + stream.statuses());
                    assertEquals(List.of(), stream.unavailableWithoutRetryAfter(), "503 without Retry-After");
                    assertTrue(recovery < RECOVERY_GOAL.toSeconds(), "/health came back after " + recovery + " s");
                    assertEquals(List.of(), missing, "acknowledged cases lost in the restart");
                }
            }
        }
    }

    private HttpResponse<String> awaitHealth(CareDesk app, Predicate<HttpResponse<String>> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(app, "/health", "application/json");
                if (wanted.test(last)) {
                    return last;
                }
            } catch (IllegalStateException e) {
                // no answer this time
            }
            Thread.sleep(100); // a probe's period
        }
        throw new AssertionError("/health did not change as expected in 60 s; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> get(CareDesk app, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Accept", accept).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
