package org.caredesk.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances started at the same moment on one empty PostgreSQL database with demo data asked
 * for: both start (the schema is migrated and the demo data seeded exactly once), both serve the
 * demo accounts, and while they deploy their port is closed or answers 503, never 404 or 500.
 */
class FirstStartIT {
    private static final List<String> PROBED = List.of("/", "/console/login.xhtml", "/api/v1/kb/search?q=battery");

    @Test
    void twoInstancesStartTogetherOnAnEmptyDatabase() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.create()) {
            postgres.start();
            postgres.createDatabase("first");
            Map<String, String> env = Map.of("CAREDESK_DB_URL", postgres.url("first"), "CAREDESK_DB_USER", "postgres",
                    "CAREDESK_DEMO", "true", "CAREDESK_ANON_LIMIT", "0");
            try (AppInstance first = AppInstance.fresh("first-start-a", env);
                 AppInstance second = AppInstance.fresh("first-start-b", env);
                 StatusProbe firstProbe = new StatusProbe(first.app(), PROBED).start();
                 StatusProbe secondProbe = new StatusProbe(second.app(), PROBED).start()) {
                first.launch();
                second.launch();
                double firstReady = first.awaitReady(DurabilityIT.START);
                double secondReady = second.awaitReady(DurabilityIT.START);
                firstProbe.close();
                secondProbe.close();
                System.out.printf("Two instances on one empty database: ready in %.1f s and %.1f s; answers while"
                        + " starting %s and %s%n", firstReady, secondReady, firstProbe.answers(), secondProbe.answers());

                for (AppInstance instance : List.of(first, second)) {
                    Api api = new Api(instance.app());
                    HttpResponse<String> ready = api.get("/health/ready");
                    assertEquals(200, ready.statusCode(), ready.body());
                    HttpResponse<String> me = api.send(api.request("/api/v1/me")
                            .header("Authorization", Api.basic(Api.ALICE, Api.ALICE_PASSWORD)).GET().build());
                    assertEquals(200, me.statusCode(), me.body());
                }
                long seeded = 0;
                for (AppInstance instance : List.of(first, second)) {
                    seeded += Files.readAllLines(instance.log()).stream().filter(l -> l.contains("Demo data seeded")).count();
                }
                assertEquals(1, seeded, "the demo data is seeded once");
                assertEquals(Map.of(), firstProbe.broken(), "answers of the first instance while it started");
                assertEquals(Map.of(), secondProbe.broken(), "answers of the second instance while it started");
            }
        }
    }
}
