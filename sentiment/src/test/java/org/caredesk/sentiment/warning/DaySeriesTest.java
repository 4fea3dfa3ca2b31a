package org.caredesk.sentiment.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DaySeriesTest {

    @Test
    void sumsAnyWindowFromRunningTotals() {
        DaySeries series = new DaySeries();
        series.add(100, 2);
        series.add(103, 1);
        series.add(140, 4);
        assertEquals(3, series.sum(100, 103));
        assertEquals(1, series.sum(101, 139));
        assertEquals(4, series.sum(140, 500));
        assertEquals(0, series.sum(0, 99));
        assertEquals(7, series.total());
    }

    @Test
    void aDayBeforeTheFirstOneIsCountedToo() {
        DaySeries series = new DaySeries();
        series.add(200, 1);
        series.add(150, 5);
        assertEquals(5, series.sum(150, 150));
        assertEquals(6, series.sum(0, 300));
        assertEquals(150, series.firstDay());
    }

    @Test
    void forgettingOldDaysKeepsTheRecentSumsAndEmptiesASeriesWithNothingLeft() {
        DaySeries series = new DaySeries();
        series.add(100, 2);
        series.add(300, 1);
        series.add(400, 4);
        series.forgetBefore(250);
        assertEquals(1, series.sum(250, 399));
        assertEquals(5, series.sum(250, 500));
        assertEquals(2, series.storedDays(), "one entry per day with a count, the forgotten day gone");
        series.forgetBefore(401);
        assertTrue(series.isEmpty());
        assertEquals(0, series.sum(0, 1000));
    }

    @Test
    void aRareTermCostsOneEntryPerDayItOccursNotOnePerDayOfHistory() {
        DaySeries series = new DaySeries();
        series.add(1, 1);
        series.add(700, 1);
        assertEquals(2, series.storedDays());
        assertEquals(2, series.sum(1, 700));
    }
}
