package org.caredesk.domain.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One report over {@code from}..{@code to} (UTC days, both inclusive), grouped and filtered. */
public record ReportQuery(ReportKind kind, LocalDate from, LocalDate to, GroupBy groupBy, ReportFilter filter) {
    /** The longest period a report covers: about three years of days. */
    public static final long MAX_DAYS = 1100;

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days just before this period, for comparison. */
    public ReportQuery previous() {
        return new ReportQuery(kind, from.minusDays(days()), from.minusDays(1), groupBy, filter);
    }

    /**
     * Whether the last group of a grouping over time is still incomplete on {@code today}: the period stops inside
     * it (a month to the 7th), or it reaches today, whose figures are still coming in. A chart shows it as partial,
     * not as a drop.
     */
    public boolean endsInPartialGroup(LocalDate today) {
        LocalDate end =
                switch (groupBy) {
                    case DAY -> to;
                    case WEEK -> Groups.monday(to).plusDays(6);
                    case MONTH -> java.time.YearMonth.from(to).atEndOfMonth();
                    default -> null;
                };
        return end != null && (end.isAfter(to) || !end.isBefore(today));
    }

    public ReportQuery grouped(GroupBy group) {
        return new ReportQuery(kind, from, to, group, filter);
    }
}
