package org.caredesk.domain.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a report's rows stand for. Time groupings are UTC days, ISO weeks (named by their Monday) and
 * calendar months; {@code MEASURE} lists one figure a row (the customers report); {@code QUERY} lists the
 * searches that found nothing (the self-service report); {@code TOTAL} is the one row of a whole period.
 */
public enum GroupBy {
    DAY,
    WEEK,
    MONTH,
    CHANNEL,
    PRODUCT,
    CATEGORY,
    LANGUAGE,
    PRIORITY,
    AGENT,
    MEASURE,
    QUERY,
    TOTAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    public static Optional<GroupBy> fromWire(String name) {
        return Arrays.stream(values()).filter(g -> g.wireName().equals(name)).findFirst();
    }
}
