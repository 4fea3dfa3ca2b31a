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

    public ReportQuery grouped(GroupBy group) {
        return new ReportQuery(kind, from, to, group, filter);
    }
}
