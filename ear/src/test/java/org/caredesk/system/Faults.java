package org.caredesk.system;

import java.time.Duration;

/** What the fault tests (each with processes of its own) share: how long a start may take, waiting for a stream. */
final class Faults {
    /** On a machine shared with other builds a start may take minutes; the tests measure, they do not race. */
    static final Duration START = Duration.ofSeconds(Long.getLong("caredesk.startupSeconds", 1500));

    private Faults() {}

    static void awaitAcknowledged(CaseStream stream, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (stream.acknowledgedCount() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "only " + stream.acknowledgedCount() + " cases acknowledged in 300 s: " + stream.statuses());
            }
            Thread.sleep(50); // polling a counter the stream's threads advance
        }
    }
}
