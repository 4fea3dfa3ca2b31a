package org.caredesk.system;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acknowledged means durable: a client submits cases at a steady rate, the JVM is killed with
 * {@code kill -9} in the middle of it, and after a restart on the same data every case that was
 * answered 201 is found by its number and tracking code, on the embedded H2 and on PostgreSQL.
 */
class DurabilityIT {
    static final Duration START = Duration.ofSeconds(Long.getLong("caredesk.startupSeconds", 1500));
    private static final int PER_SECOND = 20;

    @Test
    void everyAcknowledgedCaseSurvivesKillNineOnTheEmbeddedDatabase() throws Exception {
        try (AppInstance app = AppInstance.fresh("durability-h2", Map.of("CAREDESK_ANON_LIMIT", "0",
                "CAREDESK_DEMO", "false"))) {
            killUnderLoadAndCount(app, "H2");
        }
    }

    @Test
    void everyAcknowledgedCaseSurvivesKillNineOnPostgres() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.create()) {
            postgres.start();
            postgres.createDatabase("durability");
            try (AppInstance app = AppInstance.fresh("durability-pg", Map.of("CAREDESK_ANON_LIMIT", "0",
                    "CAREDESK_DB_URL", postgres.url("durability"), "CAREDESK_DB_USER", "postgres"))) {
                killUnderLoadAndCount(app, "PostgreSQL");
            }
        }
    }

    private static void killUnderLoadAndCount(AppInstance app, String database) throws InterruptedException {
        app.start(START);
        List<CaseStream.Acknowledged> acknowledged;
        try (CaseStream stream = new CaseStream(app.app()).start(PER_SECOND)) {
            awaitAcknowledged(stream, 60);
            app.kill();
            stream.close();
            acknowledged = stream.acknowledged();
        }
        double restart = app.launch().awaitReady(START);
        List<CaseStream.Acknowledged> missing = CaseStream.missing(app.app(), acknowledged);
        System.out.printf("Durability on %s: kill -9 under %d submissions/s; acknowledged %d, found %d after restart;"
                + " restart ready in %.1f s%n", database, PER_SECOND, acknowledged.size(),
                acknowledged.size() - missing.size(), restart);
        assertTrue(acknowledged.size() >= 60, "the stream was acknowledged before the kill");
        assertEquals(List.of(), missing, "acknowledged cases lost by kill -9 on " + database);
    }

    static void awaitAcknowledged(CaseStream stream, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (stream.acknowledgedCount() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + stream.acknowledgedCount() + " cases acknowledged in 300 s: "
                        + stream.statuses());
            }
            Thread.sleep(50); // polling a counter the stream's threads advance
        }
    }
}
