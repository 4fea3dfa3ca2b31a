package org.caredesk.sentiment.warning;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How the early-warning detector decides.
 *
 * @param baselineDays    trailing days before a window that estimate the product's normal daily
 *                        count (56: eight whole weeks, so weekday effects cancel; twice the old 28
 *                        days halves the baseline's share of the test's noise, which at 2-3
 *                        complaints a day is what hides a 3x rise); a stream younger than that uses
 *                        the days it has
 * @param windowDays      the recent windows tested, each ending on the current day (1 day: a sudden
 *                        burst; 2 and 3 days: a rise to three times a small baseline needs two or
 *                        three days of counts to stand out; 7 days: products with a rare background)
 * @param alpha           family-wise significance level per product, hazard and day; each window is
 *                        tested at {@code alpha / windowDays.size()} (Bonferroni, which ignores that
 *                        the windows and successive days are correlated, so the real false-alert rate
 *                        is far lower: 0.0006 gave about 0.6 false alerts per 1,000 product-days with
 *                        two hazards a product on the synthetic streams, under the budget of 1)
 * @param minConsumers    an alert needs at least this many distinct consumers in the window
 * @param minDailyRate    floor of the baseline: it counts at least {@code minDailyRate} consumers a
 *                        day (rounded up, so at least one), so that a product with an empty or nearly
 *                        empty history is compared with a small positive rate, never with zero; an
 *                        empty history counts as one day
 * @param episodeGapDays  a significant window within this many days of the last significant day of a
 *                        raised alert belongs to the same episode and is not raised again
 * @param excludedDaysPerAlert the days of a raised alert (from its window's start, at most this many)
 *                        are left out of later baselines, so that a spike does not raise the expected
 *                        count for the next weeks; capped so that a lasting change becomes the new
 *                        normal instead of alerting forever; 0 leaves everything in
 * @param test            how the window is compared with the baseline
 * @param zone            where a day starts and ends
 */
public record DetectorSettings(
        int baselineDays,
        List<Integer> windowDays,
        double alpha,
        int minConsumers,
        double minDailyRate,
        int episodeGapDays,
        int excludedDaysPerAlert,
        Test test,
        ZoneId zone) {

    /** The significance test of a window against its baseline. */
    public enum Test {
        /**
         * Poisson with the baseline mean taken as the true rate: P(X &ge; observed | expected).
         * Ignores that a 28-day mean is itself uncertain, so it alerts more often than alpha says.
         */
        POISSON_KNOWN_RATE,
        /**
         * The exact conditional test of two Poisson counts (window and baseline at one rate): given
         * their total n, the window's share is Binomial(n, w / (w + L)). Accounts for the baseline's
         * own noise; the default.
         */
        CONDITIONAL_POISSON
    }

    public DetectorSettings {
        windowDays = List.copyOf(windowDays);
        if (baselineDays < 1
                || windowDays.isEmpty()
                || windowDays.stream().anyMatch(w -> w < 1)
                || alpha <= 0
                || alpha >= 1
                || minConsumers < 1
                || !(minDailyRate > 0)
                || episodeGapDays < 0
                || excludedDaysPerAlert < 0
                || test == null
                || zone == null) {
            throw new IllegalArgumentException("Invalid detector settings");
        }
    }

    /**
     * 56-day baseline; 1-, 2-, 3- and 7-day windows; alpha 0.0006; at least 3 consumers; floor of 0.2
     * consumers a day; 3-day episode gap; an alert's first 14 days left out of later baselines;
     * conditional Poisson test; days in UTC. The 7-day window
     * catches products with a rare background (a few complaints a month), where a rise of a few
     * complaints a day is never significant within one to three days.
     */
    public static DetectorSettings defaults() {
        return new DetectorSettings(
                56, List.of(1, 2, 3, 7), 0.0006, 3, 0.2, 3, 14, Test.CONDITIONAL_POISSON, ZoneOffset.UTC);
    }

    public DetectorSettings withTest(Test other) {
        return new DetectorSettings(
                baselineDays,
                windowDays,
                alpha,
                minConsumers,
                minDailyRate,
                episodeGapDays,
                excludedDaysPerAlert,
                other,
                zone);
    }

    /** The significance level each single window is tested at. */
    public double alphaPerWindow() {
        return alpha / windowDays.size();
    }

    /** The significance level a window of {@code days} days is tested at. */
    public double alphaFor(int days) {
        return alphaPerWindow();
    }

    public int longestWindow() {
        return windowDays.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
