package org.caredesk.domain.cases.views;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The orders a view sorts in, each as SQL expressions; the case id breaks ties so that a page boundary
 * (the keyset) is exact. All run on indexes. Urgency is the queue's own order (a breached SLA, then a
 * hazard, then negative sentiment, then the nearest deadline, then the longest wait), from the SLA times
 * each case stores; its first column, breached or not, moves with the clock, so {@link CaseViews} reads
 * it as two ranges (breached, then the rest), each in the order of the remaining columns.
 */
public enum ViewSort {
    URGENCY,
    RECEIVED,
    UPDATED,
    NUMBER,
    PRIORITY;

    /** The kinds of value a keyset holds, in column order. */
    enum Kind {
        INT,
        TIME
    }

    List<String> columns(ViewQuery query) {
        return switch (this) {
            case URGENCY ->
                List.of(
                        "CASE WHEN " + query.breachCondition() + " THEN 0 ELSE 1 END",
                        "CASE WHEN c.hazard THEN 0 ELSE 1 END",
                        "CASE WHEN c.sentiment = 'negative' THEN 0 ELSE 1 END",
                        query.nextDue(),
                        "c.created_at");
            case RECEIVED -> List.of("c.created_at");
            case UPDATED -> List.of("c.updated_at");
            case NUMBER -> List.of();
            case PRIORITY ->
                List.of("CASE c.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END");
        };
    }

    List<Kind> kinds() {
        return switch (this) {
            case URGENCY -> List.of(Kind.INT, Kind.INT, Kind.INT, Kind.TIME, Kind.TIME);
            case RECEIVED, UPDATED -> List.of(Kind.TIME);
            case NUMBER -> List.of();
            case PRIORITY -> List.of(Kind.INT);
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ViewSort parse(String value) {
        if (value == null || value.isBlank()) {
            return URGENCY;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be one of "
                    + Arrays.stream(values()).map(ViewSort::key).toList());
        }
    }
}
