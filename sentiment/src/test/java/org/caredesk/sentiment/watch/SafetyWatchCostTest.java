package org.caredesk.sentiment.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.PoissonTail;
import org.junit.jupiter.api.Test;

/**
 * What one contact costs the watch must not grow with how many alike contacts its window already holds.
 * Issue 14 item 4: a growth run imported 2,000 identical complaints (one product, one day, a sparse history)
 * and the watch took minutes over them: each complaint's emerging-term test found the shrunk lower ratio by 60
 * Poisson tails of the term's count, each summing the count's log factorial and, below the mean, the whole
 * lower tail, so a contact cost about 60 × its count for every word of it: quadratic in a busy window.
 * Measured here as the terms the Poisson tails sum (not a time).
 */
class SafetyWatchCostTest {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theThousandthAlikeComplaintCostsNoMoreThanTheHundredthOnes() {
        PoissonTail.atLeast(10_000, 1.0); // whatever tables a tail keeps, built before measuring
        SafetyWatch watch = SafetyWatch.withDefaults();
        // A sparse history: one complaint a month for a year, so that the terms' baseline can be tested.
        for (int month = 0; month < 12; month++) {
            watch.accept(complaint("h" + month, DAY.minus(Duration.ofDays(30L * (12 - month))), "my kettle broke"));
        }
        long[] work = new long[4];
        for (int block = 0; block < work.length; block++) {
            long before = PoissonTail.work();
            for (int i = 0; i < 500; i++) {
                watch.accept(complaint(
                        block + "-" + i,
                        DAY,
                        "The charger of my power bank got very hot and smelled of smoke (import " + block + "-" + i
                                + ")"));
            }
            work[block] = PoissonTail.work() - before;
        }
        // Before the fix the fourth block (counts 1,500 to 2,000) cost about 4 times the second (500 to 1,000).
        long second = work[1];
        long fourth = work[3];
        assertTrue(
                fourth <= 1.2 * second + 500 * 50,
                () -> "Poisson terms summed per block of 500 alike complaints: " + java.util.Arrays.toString(work));
    }

    private static ObservedContact complaint(String id, Instant at, String text) {
        return new ObservedContact(
                id,
                at,
                "PB-1",
                "consumer-" + id,
                true,
                List.of(HazardCategory.OVERHEATING, HazardCategory.FIRE),
                text,
                true);
    }
}
