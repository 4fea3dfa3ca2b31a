package org.caredesk.sentiment.warning.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caredesk.sentiment.warning.DaySeries;
import org.caredesk.sentiment.warning.PoissonTail;

/**
 * The plain baseline the backtest compares with: per product, complaints with any hazard word
 * ({@link HazardWords}); 7-, 14- and 28-day windows against the 90 days before, Poisson with the
 * trailing mean as the rate, p &lt; 0.001, at least 3 complaints. A product alerts again only after
 * 28 days without a significant window (otherwise one rise would alert every day).
 */
public final class PoissonBaseline {
    private static final int[] WINDOWS = {7, 14, 28};
    private static final int TRAILING = 90;
    private static final double ALPHA = 0.001;
    private static final int MIN_COUNT = 3;
    private static final int QUIET_DAYS = 28;

    /** Replays {@code complaints} (in day order) and returns the alerts it raises. */
    public List<BacktestAlert> replay(List<BacktestComplaint> complaints) {
        Map<String, DaySeries> counts = new HashMap<>();
        Map<String, Long> lastSignificant = new HashMap<>();
        List<BacktestAlert> alerts = new ArrayList<>();
        long firstDay = complaints.isEmpty() ? 0 : complaints.get(0).day().toEpochDay();
        for (BacktestComplaint complaint : complaints) {
            if (!complaint.hazardWord()) {
                continue;
            }
            long day = complaint.day().toEpochDay();
            DaySeries series = counts.computeIfAbsent(complaint.product(), k -> new DaySeries());
            series.add(day, 1);
            if (day - firstDay < TRAILING + 28) {
                continue;
            }
            boolean significant = false;
            for (int w : WINDOWS) {
                long from = day - w + 1;
                int observed = series.sum(from, day);
                double expected = series.sum(from - TRAILING, from - 1) * (double) w / TRAILING;
                if (observed >= MIN_COUNT && PoissonTail.atLeast(observed, expected) < ALPHA) {
                    significant = true;
                }
            }
            if (significant) {
                Long last = lastSignificant.put(complaint.product(), day);
                if (last == null || day - last > QUIET_DAYS) {
                    alerts.add(new BacktestAlert(
                            complaint.day(),
                            complaint.product(),
                            "any hazard word",
                            "Poisson p < 0.001 in a 7-, 14- or 28-day window"));
                }
            }
        }
        return alerts;
    }

    static LocalDate day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
