package org.caredesk.sentiment.warning;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How the early-warning detector decides.
 *
 * @param baselineDays   trailing days before a window that estimate the product's normal daily
 *                       count (28: four whole weeks, so weekday effects cancel); a stream younger
 *                       than that uses the days it has
 * @param windowDays     the recent windows tested, each ending on the current day (1, 2 and 3 days:
 *                       a sharp jump shows in one day, a steadier rise of three times the baseline
 *                       needs two or three days of counts to stand out)
 * @param alpha          family-wise significance level per product, hazard and day; each window is
 *                       tested at {@code alpha / windowDays.size()} (Bonferroni)
 * @param minConsumers   an alert needs at least this many distinct consumers in the window
 * @param minDailyRate   floor of the expected daily count (the prior): a product with an empty or
 *                       nearly empty history is expected to get this many per day, so its first
 *                       complaints are not infinitely surprising
 * @param episodeGapDays a significant window within this many days of the last significant day of a
 *                       raised alert belongs to the same episode and is not raised again
 * @param zone           where a day starts and ends
 */
public record DetectorSettings(int baselineDays, List<Integer> windowDays, double alpha, int minConsumers,
                               double minDailyRate, int episodeGapDays, ZoneId zone) {

    public DetectorSettings {
        windowDays = List.copyOf(windowDays);
        if (baselineDays < 1 || windowDays.isEmpty() || windowDays.stream().anyMatch(w -> w < 1)
                || alpha <= 0 || alpha >= 1 || minConsumers < 1 || minDailyRate <= 0 || episodeGapDays < 0) {
            throw new IllegalArgumentException("Invalid detector settings");
        }
    }

    /** 28-day baseline; 1-, 2- and 3-day windows; alpha 0.001; 3 consumers; floor 0.2 a day; 3-day gap; UTC. */
    public static DetectorSettings defaults() {
        return new DetectorSettings(28, List.of(1, 2, 3), 0.001, 3, 0.2, 3, ZoneOffset.UTC);
    }

    /** The significance level each single window is tested at. */
    public double alphaPerWindow() {
        return alpha / windowDays.size();
    }

    public int longestWindow() {
        return windowDays.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
