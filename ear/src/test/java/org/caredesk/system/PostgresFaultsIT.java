package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances on one PostgreSQL server of the test's own, through three faults in a row (one pair of
 * starts serves all three: each start costs half a minute or more on this machine):
 * <ol>
 *   <li>both start at the same moment on an empty database with demo data asked for: both come up, the
 *       demo data is seeded exactly once, and while they deploy their port is closed or answers 503,
 *       never 404 or 500;</li>
 *   <li>the database is stopped and started again while a client submits cases and a console follows
 *       the live feed: while it is away every answer is 503 with Retry-After (the API's JSON error, a
 *       "back in a moment" page for people), never a 500, {@code /health} says DOWN with the reason;
 *       within 10 s of its return {@code /health} is UP again on both instances, the console's feed
 *       carries new cases without a restart, and every case acknowledged is found;</li>
 *   <li>one instance is killed with {@code kill -9} under 20 submissions a second: the client moves to
 *       the other instance (a load balancer's part), which keeps taking cases and its console keeps
 *       receiving them; every case acknowledged by either is found, on the survivor and on the killed
 *       instance once restarted on the same database.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresFaultsIT {
    private static final List<String> PROBED = List.of("/", "/console/login.xhtml", "/api/v1/kb/search?q=battery");
    private static final Duration RECOVERY_GOAL = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private OwnPostgres postgres;
    private AppInstance first;
    private AppInstance second;

    @BeforeAll
    void ownPostgres() {
        postgres = OwnPostgres.create();
        postgres.start();
        postgres.createDatabase("faults");
        Map<String, String> env = Map.of(
                "CAREDESK_DB_URL",
                postgres.url("faults"),
                "CAREDESK_DB_USER",
                "postgres",
                "CAREDESK_DEMO",
                "true",
                "CAREDESK_ANON_LIMIT",
                "0");
        first = AppInstance.fresh("pg-faults-a", withMailPorts(env));
        second = AppInstance.fresh("pg-faults-b", withMailPorts(env));
    }

    /** Each instance its own demo mail ports: the default ones may belong to another instance on this machine. */
    private static Map<String, String> withMailPorts(Map<String, String> env) {
        Map<String, String> own = new java.util.HashMap<>(env);
        own.put("CAREDESK_DEMO_SMTP_PORT", Integer.toString(AppInstance.freePort()));
        own.put("CAREDESK_DEMO_IMAP_PORT", Integer.toString(AppInstance.freePort()));
        return own;
    }

    @AfterAll
    void stopEverything() {
        for (AutoCloseable owned : new AutoCloseable[] {first, second, postgres}) {
            try {
                if (owned != null) {
                    owned.close();
                }
            } catch (Exception e) {
                System.err.println("closing " + owned + ": " + e);
            }
        }
    }

    @Test
    @Order(1)
    void twoInstancesStartTogetherOnAnEmptyDatabase() throws Exception {
        try (StatusProbe firstProbe = new StatusProbe(first.app(), PROBED).start();
                StatusProbe secondProbe = new StatusProbe(second.app(), PROBED).start()) {
            first.launch();
            second.launch();
            double firstReady = first.awaitReady(Faults.START);
            double secondReady = second.awaitReady(Faults.START);
            firstProbe.stop();
            secondProbe.stop();
            System.out.printf(
                    "Two instances on one empty database: ready in %.1f s and %.1f s; answers while"
                            + " starting %s and %s%n",
                    firstReady, secondReady, firstProbe.answers(), secondProbe.answers());

            for (AppInstance instance : List.of(first, second)) {
                Api api = new Api(instance.app());
                HttpResponse<String> ready = api.get("/health/ready");
                assertEquals(200, ready.statusCode(), ready.body());
                HttpResponse<String> me = api.send(api.request("/api/v1/me")
                        .header("Authorization", Api.basic(Api.ALICE, Api.ALICE_PASSWORD))
                        .GET()
                        .build());
                assertEquals(200, me.statusCode(), me.body());
            }
            long seeded = 0;
            for (AppInstance instance : List.of(first, second)) {
                seeded += Files.readAllLines(instance.log()).stream()
                        .filter(l -> l.contains("Demo data seeded"))
                        .count();
            }
            assertEquals(1, seeded, "the demo data is seeded once");
            assertEquals(Map.of(), firstProbe.broken(), "answers of the first instance while it started");
            assertEquals(Map.of(), secondProbe.broken(), "answers of the second instance while it started");
        }
    }

    @Test
    @Order(2)
    void aPostgresRestartUnderLoadCostsNothingAcknowledgedAndHealsItself() throws Exception {
        CareDesk app = first.app();
        int perSecond = 10;
        try (FeedClient console = FeedClient.connect(app, Api.basic(Api.AGENT, Api.AGENT_PASSWORD));
                CaseStream stream = new CaseStream(app).start(perSecond)) {
            Faults.awaitAcknowledged(stream, 30);
            CaseStream.Acknowledged before = stream.acknowledged().get(0);

            postgres.stop();
            HttpResponse<String> health = awaitHealth(app, r -> r.statusCode() == 503);
            assertTrue(health.body().contains("\"database\":\"down: "), "health says why: " + health.body());

            HttpResponse<String> api = get(
                    app,
                    "/api/v1/cases/" + before.caseNumber() + "?trackingCode="
                            + URLEncoder.encode(before.trackingCode(), StandardCharsets.UTF_8),
                    "application/json");
            assertEquals(503, api.statusCode(), api.body());
            assertEquals("unavailable", json(api.body()).getString("error"));
            assertTrue(api.headers().firstValue("Retry-After").isPresent(), "Retry-After on the API");

            HttpResponse<String> page = get(
                    app,
                    "/case-status.xhtml?case=" + before.caseNumber() + "&code="
                            + URLEncoder.encode(before.trackingCode(), StandardCharsets.UTF_8),
                    "text/html");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.body().contains("Back in a moment"), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent(), "Retry-After on the page");

            long restarted = System.nanoTime();
            postgres.start();
            awaitHealth(app, r -> r.statusCode() == 200);
            double recovery = (System.nanoTime() - restarted) / 1e9;
            awaitHealth(second.app(), r -> r.statusCode() == 200);
            double secondRecovery = (System.nanoTime() - restarted) / 1e9;

            int acknowledgedAtRecovery = stream.acknowledgedCount();
            Faults.awaitAcknowledged(stream, acknowledgedAtRecovery + 20);
            stream.stop();
            List<CaseStream.Acknowledged> acknowledged = stream.acknowledged();
            List<CaseStream.Acknowledged> missing = CaseStream.missing(app, acknowledged);
            System.out.printf(
                    "Restart of PostgreSQL under %d submissions/s: answers %s; 5xx other than 503: %d;"
                            + " /health UP %.1f s (other instance %.1f s) after the database started; acknowledged %d,"
                            + " found %d%n",
                    perSecond,
                    stream.statuses(),
                    stream.serverErrors(),
                    recovery,
                    secondRecovery,
                    acknowledged.size(),
                    acknowledged.size() - missing.size());
            assertEquals(0, stream.serverErrors(), "answers during the restart: " + stream.statuses());
            assertEquals(List.of(), stream.unavailableOffContract(), "503 without Retry-After or the JSON error");
            assertTrue(recovery < RECOVERY_GOAL.toSeconds(), "/health came back after " + recovery + " s");
            assertTrue(
                    secondRecovery < RECOVERY_GOAL.toSeconds(),
                    "the other instance's /health came back after " + secondRecovery + " s");
            assertEquals(List.of(), missing, "acknowledged cases lost in the restart");
            CaseStream.Acknowledged after = acknowledged.get(acknowledged.size() - 1);
            console.until(
                    "case.created of " + after.caseNumber() + " after the restart",
                    frame -> FeedClient.isCaseCreated(frame, after.caseNumber()));
        }
    }

    @Test
    @Order(3)
    void everyAcknowledgedCaseSurvivesKillNineOfOneInstance() throws Exception {
        int perSecond = 20;
        List<CaseStream.Acknowledged> acknowledged;
        int acknowledgedAtKill;
        try (FeedClient survivorConsole = FeedClient.connect(second.app(), Api.basic(Api.AGENT, Api.AGENT_PASSWORD));
                CaseStream stream = new CaseStream(first.app()).start(perSecond)) {
            Faults.awaitAcknowledged(stream, 60);
            first.kill();
            acknowledgedAtKill = stream.acknowledgedCount();
            stream.retarget(second.app());
            Faults.awaitAcknowledged(stream, acknowledgedAtKill + 20);
            stream.stop();
            acknowledged = stream.acknowledged();
            List<CaseStream.Acknowledged> missingOnSurvivor = CaseStream.missing(second.app(), acknowledged);
            System.out.printf(
                    "Kill -9 of one of two instances: answers %s; acknowledged %d, found %d on the survivor%n",
                    stream.statuses(), acknowledged.size(), acknowledged.size() - missingOnSurvivor.size());
            assertEquals(List.of(), missingOnSurvivor, "acknowledged cases the surviving instance cannot find");
            CaseStream.Acknowledged last = acknowledged.get(acknowledged.size() - 1);
            survivorConsole.until(
                    "case.created of " + last.caseNumber() + " after the kill",
                    frame -> FeedClient.isCaseCreated(frame, last.caseNumber()));
        }
        double restart = first.launch().awaitReady(Faults.START);
        List<CaseStream.Acknowledged> missing = CaseStream.missing(first.app(), acknowledged);
        System.out.printf(
                "Durability on PostgreSQL: kill -9 of one of two instances under %d submissions/s (%d"
                        + " acknowledged before the kill), the other kept serving; acknowledged %d, found %d on the"
                        + " killed instance after its restart; restart ready in %.1f s%n",
                perSecond, acknowledgedAtKill, acknowledged.size(), acknowledged.size() - missing.size(), restart);
        assertTrue(acknowledgedAtKill >= 60, "the stream was acknowledged before the kill");
        assertEquals(List.of(), missing, "acknowledged cases lost by kill -9 on PostgreSQL");
    }

    private HttpResponse<String> awaitHealth(CareDesk app, Predicate<HttpResponse<String>> wanted)
            throws InterruptedException {
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
        HttpRequest request = HttpRequest.newBuilder(app.uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", accept)
                .GET()
                .build();
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
