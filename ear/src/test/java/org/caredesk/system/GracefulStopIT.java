package org.caredesk.system;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One embedded instance through its life: its first start with demo data, what it listens on (the
 * HTTP port and nothing else: no H2 server, no data-grid member port), its liveness and readiness,
 * a SIGTERM under load (new work refused with 503, work in flight finished, consoles told "going
 * away", exit within 30 s), and a restart on the same data that finds every acknowledged case.
 */
class GracefulStopIT {
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    @Test
    @Disabled("Issue 16 open: on its first CI run (2026-12-06) a SIGTERM under 10 submissions/s still answered 500 to 4"
            + " of 31 requests (answers {0=6, 201=20, 500=4, 503=1}); enable again with the fix")
    void startsListensOnlyOnHttpDrainsOnSigtermAndRestartsWithEverything() throws Exception {
        try (AppInstance instance = AppInstance.fresh("graceful", Map.of("CAREDESK_ANON_LIMIT", "0"))) {
            double firstStart = instance.launch().awaitReady(DurabilityIT.START);
            CareDesk app = instance.app();
            Api api = new Api(app);

            Set<String> listening = ListeningPorts.of(instance.pid());
            assertTrue(!listening.isEmpty() && listening.stream().allMatch(a -> a.endsWith(":" + instance.port())),
                    "listens on the HTTP port only, got " + listening);
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(instance.dataDir()));

            HttpResponse<String> live = api.get("/health/live");
            assertEquals(200, live.statusCode(), live.body());
            assertTrue(live.body().contains("caredesk-live"), live.body());
            HttpResponse<String> ready = api.get("/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"console\":\"ready\""), ready.body());

            List<CaseStream.Acknowledged> acknowledged;
            double stopSeconds;
            String closedBy;
            Map<Integer, Integer> answers;
            try (FeedClient console = FeedClient.connect(app, Api.basic(Api.AGENT, Api.AGENT_PASSWORD));
                 CaseStream stream = new CaseStream(app).start(10)) {
                DurabilityIT.awaitAcknowledged(stream, 20);
                long signalled = System.nanoTime();
                instance.terminate();
                closedBy = console.closedBy();
                int exit = instance.awaitExit(STOP_LIMIT.plusSeconds(10));
                stopSeconds = (System.nanoTime() - signalled) / 1e9;
                stream.close();
                acknowledged = stream.acknowledged();
                answers = stream.statuses();
                assertEquals(0, exit, "exit code after SIGTERM");
                assertEquals(0, stream.serverErrors(), "answers while stopping: " + answers);
            }
            double restart = instance.launch().awaitReady(DurabilityIT.START);
            List<CaseStream.Acknowledged> missing = CaseStream.missing(app, acknowledged);
            System.out.printf("Start and stop (embedded H2): first start with demo data ready in %.1f s; SIGTERM under"
                            + " 10 submissions/s: exit after %.1f s, consoles closed with '%s', answers %s; restart ready in"
                            + " %.1f s; acknowledged %d, found %d%n", firstStart, stopSeconds, closedBy, answers, restart,
                    acknowledged.size(), acknowledged.size() - missing.size());
            assertTrue(closedBy.startsWith("1001"), "consoles are told the server is going away: " + closedBy);
            assertTrue(stopSeconds < STOP_LIMIT.toSeconds(), "stopped after " + stopSeconds + " s");
            assertEquals(List.of(), missing, "acknowledged cases lost in a graceful stop");
        }
    }
}
