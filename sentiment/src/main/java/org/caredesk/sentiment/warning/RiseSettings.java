package org.caredesk.sentiment.warning;

import java.util.List;

/**
 * How the slow-rise test decides (see {@link RiseDetector}).
 *
 * @param windowDays         the recent windows tested, each ending on the contact's day: real defect
 *                           signals build over two to six weeks at one or two complaints a week
 * @param baselineDays       trailing days before a window that give the product's normal rate; a year,
 *                           so that seasons and one busy month do not set the norm
 * @param minBaselineDays    no test before the stream has this many days before the window
 * @param alpha              family-wise level per product, topic and day, split over the windows
 *                           (Bonferroni)
 * @param minCount           an alert needs at least this many contacts in the window
 * @param episodeGapDays     a contact within this many days of the last significant day joins the
 *                           running alert (it grows) instead of raising a new one
 */
public record RiseSettings(
        List<Integer> windowDays,
        int baselineDays,
        int minBaselineDays,
        double alpha,
        int minCount,
        int episodeGapDays) {

    public RiseSettings {
        windowDays = List.copyOf(windowDays);
        if (windowDays.isEmpty()
                || windowDays.stream().anyMatch(w -> w < 1)
                || baselineDays < 1
                || minBaselineDays < 1
                || minBaselineDays > baselineDays
                || alpha <= 0
                || alpha >= 1
                || minCount < 1
                || episodeGapDays < 0) {
            throw new IllegalArgumentException("Invalid rise settings");
        }
    }

    /**
     * 7-, 14- and 28-day windows against the 180 days before (at least 90); alpha 0.005; at least 3
     * contacts; an alert keeps growing while significant windows follow within 28 days. Half a year
     * rather than a year of baseline follows a model whose fleet and complaint volume grow; the looser
     * alpha is affordable because the watch keeps one open alert per product (see
     * {@code SafetyWatch}). On the NHTSA development set (2026-12-07) this warned 18 of 41 recalls at
     * 0.81 unrelated alerts per 1,000 complaints where the year and alpha 0.001 warned 12; a 56-day
     * window warned fewer; alpha 0.004 or a 150-day baseline warned 15, alpha 0.008 18 for more
     * unrelated alerts.
     */
    public static RiseSettings defaults() {
        return new RiseSettings(List.of(7, 14, 28), 180, 90, 0.005, 3, 28);
    }

    public RiseSettings withAlpha(double other) {
        return new RiseSettings(windowDays, baselineDays, minBaselineDays, other, minCount, episodeGapDays);
    }

    public int longestWindow() {
        return windowDays.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    public double alphaPerWindow() {
        return alpha / windowDays.size();
    }
}
