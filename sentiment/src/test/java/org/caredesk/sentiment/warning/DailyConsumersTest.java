package org.caredesk.sentiment.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline a window is compared with, with and without the days of earlier alerts. */
class DailyConsumersTest {

    /** Day d (0-99) holds d % 10 + 1 new consumers, so every range has a sum of its own. */
    private static DailyConsumers history() {
        DailyConsumers history = new DailyConsumers(7);
        for (int day = 0; day < 100; day++) {
            for (int c = 0; c <= day % 10; c++) {
                history.add(day, "d" + day + "c" + c, "x");
            }
        }
        return history;
    }

    private static long sum(int from, int to) {
        long sum = 0;
        for (int day = from; day <= to; day++) {
            sum += day % 10 + 1;
        }
        return sum;
    }

    @Test
    void withoutExclusionsTheBaselineIsTheDaysJustBeforeTheWindow() {
        DailyConsumers.Baseline baseline = history().baseline(90, 20, 0, List.of());
        assertEquals(new DailyConsumers.Baseline(sum(70, 89), 20), baseline);
    }

    @Test
    void excludedDaysAreSkippedAndReplacedByEarlierOnes() {
        DailyConsumers.Baseline baseline = history().baseline(90, 20, 0, List.of(new long[] {80, 84}));
        // 20 days that are not excluded: 65-79 and 85-89.
        assertEquals(new DailyConsumers.Baseline(sum(65, 79) + sum(85, 89), 20), baseline);
    }

    @Test
    void anExcludedRangeReachedOnlyAfterWideningIsSkippedToo() {
        DailyConsumers.Baseline baseline =
                history().baseline(90, 20, 0, List.of(new long[] {80, 84}, new long[] {66, 67}));
        // 85-89 (5), 68-79 (12), then 66-67 excluded, so 63-65 (3).
        assertEquals(new DailyConsumers.Baseline(sum(63, 65) + sum(68, 79) + sum(85, 89), 20), baseline);
    }

    @Test
    void shortHistoryUsesTheDaysItHas() {
        DailyConsumers.Baseline baseline = history().baseline(30, 56, 10, List.of(new long[] {25, 27}));
        assertEquals(new DailyConsumers.Baseline(sum(10, 24) + sum(28, 29), 17), baseline);
    }

    @Test
    void exclusionsThatWouldLeaveLessThanHalfTheHistoryAreIgnored() {
        // 20 days of history, 12 of them excluded: 8 days would be left, fewer than half.
        DailyConsumers.Baseline baseline = history().baseline(30, 56, 10, List.of(new long[] {15, 26}));
        assertEquals(new DailyConsumers.Baseline(sum(10, 29), 20), baseline);
    }
}
