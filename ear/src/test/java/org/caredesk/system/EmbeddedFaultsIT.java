package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One instance on the embedded default (H2) through its life, one start serving the next fault (each
 * start costs half a minute or more on this machine):
 * <ol>
 *   <li>its first start with demo data, what it listens on (the HTTP port and the demo mail server on
 *       loopback, nothing else: no H2 server, no data-grid member port), its liveness and readiness;</li>
 *   <li>a SIGTERM under 10 submissions a second: every request gets its normal answer or 503 with
 *       Retry-After and the contract's JSON error (or no answer once the process is gone), never a 500;
 *       consoles are told "going away"; the process exits within 30 s; a restart on the same data finds
 *       every acknowledged case;</li>
 *   <li>{@code kill -9} under 20 submissions a second: the JVM gets no chance to flush, and a restart on
 *       the same data still finds every case that was answered 201.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedFaultsIT {
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    private final int smtp = AppInstance.freePort();
    private final int imap = AppInstance.freePort();
    private AppInstance instance;
    private Map<String, String> environment;

    @BeforeAll
    void freshDataFolder() {
        environment = Map.of(
                "CAREDESK_ANON_LIMIT",
                "0",
                "CAREDESK_DEMO_SMTP_PORT",
                Integer.toString(smtp),
                "CAREDESK_DEMO_IMAP_PORT",
                Integer.toString(imap),
                // As behind a TLS-terminating proxy: the public address is https, the app speaks http.
                "CAREDESK_PUBLIC_URL",
                "https://help.example.test");
        instance = AppInstance.fresh("embedded", environment);
    }

    @AfterAll
    void stop() {
        instance.close();
    }

    @Test
    @Order(1)
    void firstStartListensOnlyOnHttpAndAnswersHealth() throws Exception {
        double firstStart = instance.launch().awaitReady(Faults.START);
        System.out.printf("Embedded H2: first start with demo data ready in %.1f s%n", firstStart);
        Api api = new Api(instance.app());

        // The HTTP port, and the demo's own mail server on loopback only: no H2 server, no data-grid member port.
        assertEquals(
                Set.of("*:" + instance.port(), "127.0.0.1:" + smtp, "127.0.0.1:" + imap),
                ListeningPorts.of(instance.pid()),
                "listening sockets");
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(instance.dataDir()));

        // Issue 15 item 3, on the real headers: behind the TLS proxy the session cookies are Secure as well as
        // HttpOnly and SameSite (the shared test instance, on plain http, shows they are not Secure there).
        for (String page : List.of("/console/login.xhtml", "/login.xhtml")) {
            String cookie = api.get(page).headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElse("(no session cookie)");
            assertTrue(
                    cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite="),
                    page + ": " + cookie);
        }

        HttpResponse<String> live = api.get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("caredesk-live"), live.body());
        HttpResponse<String> ready = api.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"console\":\"ready\""), ready.body());
    }

    @Test
    @Order(2)
    void aSecondStartOnTheSamePortOrDataFolderSaysWhyAndExits() {
        // Started again by mistake, the launcher used to find the running instance answering on its port and print
        // "CareDesk ready" while its own deployments had failed on the locked database.
        try (AppInstance samePort =
                        new AppInstance("embedded-same-port", instance.dataDir(), instance.port(), environment);
                AppInstance sameData = new AppInstance(
                        "embedded-same-data", instance.dataDir(), AppInstance.freePort(), environment)) {
            assertRefusedWith(
                    samePort,
                    "CareDesk cannot start: port " + instance.port()
                            + " is already in use (is CareDesk already running? CAREDESK_PORT chooses another)");
            assertRefusedWith(
                    sameData,
                    "CareDesk cannot start: the data folder " + instance.dataDir()
                            + " is in use by another CareDesk (its database is locked)");
        }
        assertTrue(instance.isAlive(), "the running instance is untouched");
    }

    /** Launches {@code twin}, which must exit with status 1 after printing {@code line}. */
    private static void assertRefusedWith(AppInstance twin, String line) {
        // awaitReady fails once the process's output has been read to its end, with its last lines.
        String output = assertThrows(
                        IllegalStateException.class, () -> twin.launch().awaitReady(Faults.START))
                .getMessage();
        assertEquals(1, twin.awaitExit(Duration.ofSeconds(10)), output);
        assertTrue(output.contains(line), output);
    }

    @Test
    @Order(3)
    void sigtermUnderLoadDrainsWithoutErrorsAndLosesNothing() throws Exception {
        CareDesk app = instance.app();
        List<CaseStream.Acknowledged> acknowledged;
        double stopSeconds;
        String closedBy;
        Map<Integer, Integer> answers;
        try (FeedClient console = FeedClient.connect(app, Api.basic(Api.AGENT, Api.AGENT_PASSWORD));
                CaseStream stream = new CaseStream(app).start(10)) {
            Faults.awaitAcknowledged(stream, 20);
            long signalled = System.nanoTime();
            instance.terminate();
            closedBy = console.closedBy();
            int exit = instance.awaitExit(STOP_LIMIT.plusSeconds(10));
            stopSeconds = (System.nanoTime() - signalled) / 1e9;
            stream.stop();
            acknowledged = stream.acknowledged();
            answers = stream.statuses();
            assertEquals(0, exit, "exit code after SIGTERM");
            assertEquals(Map.of(), stream.unexpectedAnswers(), "answers while stopping: " + answers);
            assertEquals(List.of(), stream.unavailableOffContract(), "503 without Retry-After or the JSON error");
        }
        double restart = instance.launch().awaitReady(Faults.START);
        List<CaseStream.Acknowledged> missing = CaseStream.missing(app, acknowledged);
        System.out.printf(
                "Embedded H2: SIGTERM under 10 submissions/s: exit after %.1f s, consoles closed with '%s',"
                        + " answers %s; restart ready in %.1f s; acknowledged %d, found %d%n",
                stopSeconds, closedBy, answers, restart, acknowledged.size(), acknowledged.size() - missing.size());
        assertTrue(closedBy.startsWith("1001"), "consoles are told the server is going away: " + closedBy);
        assertTrue(stopSeconds < STOP_LIMIT.toSeconds(), "stopped after " + stopSeconds + " s");
        assertEquals(List.of(), missing, "acknowledged cases lost in a graceful stop");
    }

    @Test
    @Order(4)
    void everyAcknowledgedCaseSurvivesKillNine() throws Exception {
        int perSecond = 20;
        List<CaseStream.Acknowledged> acknowledged;
        try (CaseStream stream = new CaseStream(instance.app()).start(perSecond)) {
            Faults.awaitAcknowledged(stream, 60);
            instance.kill();
            stream.stop();
            acknowledged = stream.acknowledged();
        }
        double restart = instance.launch().awaitReady(Faults.START);
        List<CaseStream.Acknowledged> missing = CaseStream.missing(instance.app(), acknowledged);
        System.out.printf(
                "Durability on H2: kill -9 under %d submissions/s; acknowledged %d, found %d after restart;"
                        + " restart ready in %.1f s%n",
                perSecond, acknowledged.size(), acknowledged.size() - missing.size(), restart);
        assertTrue(acknowledged.size() >= 60, "the stream was acknowledged before the kill");
        assertEquals(List.of(), missing, "acknowledged cases lost by kill -9 on H2");
    }
}
