package org.caredesk.domain.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which last group of a report over time is still filling up, so that its chart shows it as partial. */
class ReportQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7); // a Monday

    @Test
    void aPeriodEndingTodayEndsInAPartialDayWeekAndMonth() {
        for (GroupBy g : new GroupBy[] {GroupBy.DAY, GroupBy.WEEK, GroupBy.MONTH}) {
            assertTrue(query(g, TODAY).endsInPartialGroup(TODAY), g.toString());
        }
    }

    @Test
    void aPeriodEndingYesterdayEndsInACompleteDayAndWeekButInAPartialMonth() {
        LocalDate sunday = TODAY.minusDays(1);
        assertFalse(query(GroupBy.DAY, sunday).endsInPartialGroup(TODAY));
        assertFalse(query(GroupBy.WEEK, sunday).endsInPartialGroup(TODAY), "the week ended on Sunday");
        assertTrue(query(GroupBy.MONTH, sunday).endsInPartialGroup(TODAY), "the period stops on 6 December");
    }

    @Test
    void aPeriodEndingOnTheLastDayOfAnEarlierMonthEndsInACompleteMonth() {
        assertFalse(query(GroupBy.MONTH, LocalDate.of(2026, 11, 30)).endsInPartialGroup(TODAY));
        assertTrue(
                query(GroupBy.WEEK, LocalDate.of(2026, 11, 30)).endsInPartialGroup(TODAY),
                "the period stops on the Monday of its last week");
    }

    @Test
    void groupsThatAreNotTimeAreNeverPartial() {
        assertFalse(query(GroupBy.CHANNEL, TODAY).endsInPartialGroup(TODAY));
    }

    private static ReportQuery query(GroupBy g, LocalDate to) {
        return new ReportQuery(ReportKind.VOLUME, to.minusDays(59), to, g, ReportFilter.NONE);
    }
}
