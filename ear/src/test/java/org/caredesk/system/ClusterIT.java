package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 16 item 4: two instances with {@code CAREDESK_CLUSTER=true} on one PostgreSQL of the test's own, joined
 * by TCP/IP only to each other on loopback (every packet stays on 127.0.0.1). Checks that they form one grid and
 * listen for it on loopback only, that a case opened on one reaches a console on the other, that an article
 * written on one is found on the other, that once-only work (the early-warning scan) has one holder, and that
 * after a {@code kill -9} of that holder under load the other keeps serving, loses nothing acknowledged and
 * takes the duty over. Prints the times; asserts none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final String SUPERVISOR = Api.basic("supervisor@example.com", "supervisor-demo");
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The scan's lease is 150 s: a survivor may take the duty over only once the dead holder's lease ran out. */
    private static final Duration FAIL_OVER = Duration.ofMinutes(5);

    private OwnPostgres postgres;
    private AppInstance first;
    private AppInstance second;
    private int firstGridPort;
    private int secondGridPort;

    @BeforeAll
    void twoMembersOnOneDatabase() {
        // Not yet seen passing (written while the machine's Payara queue was full): asked for by name until it is.
        Assumptions.assumeTrue(Boolean.getBoolean("cluster.run"), "cluster system test: run with -Dcluster.run=true");
        postgres = OwnPostgres.create();
        postgres.start();
        postgres.createDatabase("cluster");
        firstGridPort = AppInstance.freePort();
        secondGridPort = AppInstance.freePort();
        String members = "127.0.0.1:" + firstGridPort + ",127.0.0.1:" + secondGridPort;
        first = AppInstance.fresh("cluster-a", env(members, firstGridPort));
        second = AppInstance.fresh("cluster-b", env(members, secondGridPort));
        first.launch();
        second.launch();
        double a = first.awaitReady(Faults.START);
        double b = second.awaitReady(Faults.START);
        System.out.printf("Cluster of two on an empty database: ready in %.1f s and %.1f s%n", a, b);
    }

    private Map<String, String> env(String members, int gridPort) {
        Map<String, String> env = new HashMap<>();
        env.put("CAREDESK_DB_URL", postgres.url("cluster"));
        env.put("CAREDESK_DB_USER", "postgres");
        env.put("CAREDESK_DEMO", "true");
        env.put("CAREDESK_ANON_LIMIT", "0");
        env.put("CAREDESK_PASSWORD_ITERATIONS", "1000");
        env.put("CAREDESK_CLUSTER", "true");
        env.put("CAREDESK_CLUSTER_MEMBERS", members);
        env.put("CAREDESK_CLUSTER_INTERFACE", "127.0.0.1");
        env.put("CAREDESK_CLUSTER_PORT", Integer.toString(gridPort));
        env.put("CAREDESK_CLUSTER_NAME", "caredesk-cluster-it");
        env.put("CAREDESK_CLUSTER_PASSWORD", "cluster-it-secret");
        env.put("CAREDESK_DEMO_SMTP_PORT", Integer.toString(AppInstance.freePort()));
        env.put("CAREDESK_DEMO_IMAP_PORT", Integer.toString(AppInstance.freePort()));
        return env;
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
    void theTwoFormOneGridListeningOnLoopbackOnly() throws Exception {
        for (AppInstance instance : List.of(first, second)) {
            assertTrue(
                    // Payara Micro's "Data Grid Status" (it keeps Hazelcast's own "Members {size:2" out of the log).
                    until(WAIT, () -> logHas(instance, "DG Size: 2")),
                    instance.log() + " never shows a grid of two members");
        }
        Set<String> firstPorts = ListeningPorts.of(first.pid());
        Set<String> secondPorts = ListeningPorts.of(second.pid());
        System.out.println("Cluster listening sockets: " + firstPorts + " and " + secondPorts);
        assertTrue(firstPorts.contains("127.0.0.1:" + firstGridPort), "first member port: " + firstPorts);
        assertTrue(secondPorts.contains("127.0.0.1:" + secondGridPort), "second member port: " + secondPorts);
        for (Set<String> ports : List.of(firstPorts, secondPorts)) {
            assertTrue(
                    ports.stream()
                            .filter(p -> !p.endsWith(":" + first.port()) && !p.endsWith(":" + second.port()))
                            .allMatch(p -> p.startsWith("127.0.0.1:")),
                    "everything but HTTP on loopback: " + ports);
        }
    }

    @Test
    @Order(2)
    void aCaseOpenedOnOneMemberReachesAConsoleOnTheOther() {
        try (FeedClient console = FeedClient.connect(second.app(), Api.basic(Api.AGENT, Api.AGENT_PASSWORD))) {
            Api api = new Api(first.app());
            long began = System.nanoTime();
            HttpResponse<String> created = api.postJson(
                    "/api/v1/cases",
                    "{\"subject\":\"Across the cluster\",\"message\":\"Opened on the first member.\","
                            + "\"email\":\"cluster@example.com\"}",
                    null);
            long acknowledged = System.nanoTime();
            assertEquals(201, created.statusCode(), created.body());
            String number = Api.object(created).getString("caseNumber");
            console.until(
                    "case.created of " + number + " on the other member", f -> FeedClient.isCaseCreated(f, number));
            long received = System.nanoTime();
            System.out.printf(
                    "Cluster: case opened on one member reached a console on the other %,d ms after its 201"
                            + " (%,d ms after the request was sent)%n",
                    (received - acknowledged) / 1_000_000, (received - began) / 1_000_000);
        }
    }

    @Test
    @Order(3)
    void anArticleWrittenOnOneMemberIsFoundOnTheOther() {
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        Api writer = new Api(first.app());
        Api reader = new Api(second.app());
        long began = System.nanoTime();
        HttpResponse<String> created = writer.postJson(
                "/console/api/v1/kb/articles",
                Json.createObjectBuilder()
                        .add("title", "Replacing the " + word + " filter")
                        .add("body", "<p>Open the lid and lift the " + word + " filter out.</p>")
                        .add("language", "en")
                        .add("tags", Json.createArrayBuilder())
                        .add("products", Json.createArrayBuilder())
                        .build()
                        .toString(),
                SUPERVISOR);
        assertEquals(201, created.statusCode(), created.body());
        // The change exists from its 201 on (committed with its feed event); the goal counts from there.
        long acknowledged = System.nanoTime();
        assertTrue(
                until(
                        WAIT,
                        () -> Api.object(reader.get("/api/v1/kb/search?q="
                                                + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                                        .getInt("total")
                                == 1),
                "the article written on the first member is never found on the second");
        long found = System.nanoTime();
        System.out.printf(
                "Cluster: article written on one member found on the other %,d ms after its 201"
                        + " (%,d ms after the request was sent; goal: within a second of the change, polled every 200 ms)%n",
                (found - acknowledged) / 1_000_000, (found - began) / 1_000_000);
    }

    /**
     * The tracking-code message limit ({@value org.caredesk.domain.ratelimit.TrackingCodeGuard#MESSAGES_PER_MINUTE}
     * a minute per address) counted in the grid: messages alternating between the members use one allowance, so
     * the next one is refused on either member. Counted in each member's memory, each would still allow half.
     * (The same grid counts anonymous submissions, wrong tracking codes and account mails.)
     */
    @Test
    @Order(4)
    void aRateLimitIsSharedByBothMembers() {
        Api onFirst = new Api(first.app());
        HttpResponse<String> created = onFirst.postJson(
                "/api/v1/cases",
                "{\"subject\":\"Limits across the cluster\",\"message\":\"Opened to write follow-ups.\"}",
                null);
        assertEquals(201, created.statusCode(), created.body());
        String number = Api.object(created).getString("caseNumber");
        String code = Api.object(created).getString("trackingCode");
        String path =
                "/api/v1/cases/" + number + "/messages?trackingCode=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        int allowance = org.caredesk.domain.ratelimit.TrackingCodeGuard.MESSAGES_PER_MINUTE;
        long began = System.nanoTime();
        for (int i = 0; i < allowance; i++) {
            Api member = new Api((i % 2 == 0 ? first : second).app());
            HttpResponse<String> written =
                    member.postJson(path, "{\"message\":\"Follow-up " + (i + 1) + " across the cluster.\"}", null);
            assertEquals(201, written.statusCode(), "follow-up " + (i + 1) + ": " + written.body());
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000L;
        Assumptions.assumeTrue(
                seconds < 50, "the allowance's minute must not run out while it is used: " + seconds + " s");
        for (AppInstance instance : List.of(first, second)) {
            HttpResponse<String> refused =
                    new Api(instance.app()).postJson(path, "{\"message\":\"One too many.\"}", null);
            assertEquals(429, refused.statusCode(), instance + " after the shared allowance: " + refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        }
        System.out.printf(
                "Cluster: %d follow-ups alternating between the members in %d s used one shared allowance; the next"
                        + " was refused (429) on both%n",
                allowance, seconds);
    }

    @Test
    @Order(5)
    void killNineOfTheDutyHolderUnderLoadLosesNothingAndTheOtherTakesTheDutyOver() throws Exception {
        String holder = scanHolder();
        AppInstance victim = holder.startsWith(first.pid() + "-") ? first : second;
        AppInstance survivor = victim == first ? second : first;
        assertTrue(
                holder.startsWith(victim.pid() + "-"),
                "the early-warning scan is held by one of the two members: " + holder);
        int perSecond = 20;
        List<CaseStream.Acknowledged> acknowledged;
        try (FeedClient console = FeedClient.connect(survivor.app(), Api.basic(Api.AGENT, Api.AGENT_PASSWORD));
                CaseStream stream = new CaseStream(victim.app()).start(perSecond)) {
            Faults.awaitAcknowledged(stream, 60);
            victim.kill();
            long killed = System.nanoTime();
            int atKill = stream.acknowledgedCount();
            stream.retarget(survivor.app());
            Faults.awaitAcknowledged(stream, atKill + 40);
            stream.stop();
            acknowledged = stream.acknowledged();
            List<CaseStream.Acknowledged> missing = CaseStream.missing(survivor.app(), acknowledged);
            CaseStream.Acknowledged last = acknowledged.get(acknowledged.size() - 1);
            console.until(
                    "case.created of " + last.caseNumber() + " after the kill",
                    f -> FeedClient.isCaseCreated(f, last.caseNumber()));
            boolean tookOver = until(FAIL_OVER, () -> scanHolder().startsWith(survivor.pid() + "-"));
            System.out.printf(
                    "Cluster: kill -9 of the duty holder under %d submissions/s: answers %s; acknowledged %d, found"
                            + " %d on the survivor; the survivor took the early-warning scan over after %,d s%n",
                    perSecond,
                    stream.statuses(),
                    acknowledged.size(),
                    acknowledged.size() - missing.size(),
                    (System.nanoTime() - killed) / 1_000_000_000L);
            assertEquals(List.of(), missing, "acknowledged cases the survivor cannot find");
            assertTrue(tookOver, "the survivor never took the early-warning scan over");
            assertEquals(200, new Api(survivor.app()).get("/health/ready").statusCode(), "the survivor is ready");
        }
    }

    private String scanHolder() {
        try (Connection db = DriverManager.getConnection(postgres.url("cluster"), "postgres", "");
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT holder FROM duty_lease WHERE name = 'early-warning-scan'")) {
            r.next();
            String holder = r.getString(1);
            return holder == null ? "" : holder;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean logHas(AppInstance instance, String text) {
        try {
            return Files.readString(instance.log()).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Polls {@code condition} until it holds or {@code wait} has passed. */
    private static boolean until(Duration wait, BooleanSupplier condition) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200); // a poll's period, not a timing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
