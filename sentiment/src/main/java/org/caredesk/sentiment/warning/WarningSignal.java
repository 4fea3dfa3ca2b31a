package org.caredesk.sentiment.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caredesk.sentiment.hazard.HazardCategory;

/**
 * An early-warning alert candidate: in {@code [windowStart, windowEnd]} (whole days, inclusive)
 * {@code observed} distinct consumers complained about {@code hazard} on {@code productCode}
 * where the product's own trailing baseline made {@code expected} likely.
 *
 * @param pValue              the one-sided p-value of the detector's test (by default the exact
 *                            conditional Poisson test: binomial P(X &ge; observed) given window and
 *                            baseline counts), before the Bonferroni factor for the windows tested
 * @param raisedAt            receipt time of the contact that made the window significant
 * @param supportingContactIds every counted contact in the window (all messages of the counted
 *                            consumers), oldest first
 */
public record WarningSignal(
        String productCode,
        HazardCategory hazard,
        LocalDate windowStart,
        LocalDate windowEnd,
        int observed,
        double expected,
        double pValue,
        Instant raisedAt,
        List<String> supportingContactIds) {
    public WarningSignal {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(raisedAt, "raisedAt");
        supportingContactIds = List.copyOf(supportingContactIds);
    }

    /** Length of the window in days. */
    public int windowDays() {
        return (int) (windowEnd.toEpochDay() - windowStart.toEpochDay()) + 1;
    }
}
