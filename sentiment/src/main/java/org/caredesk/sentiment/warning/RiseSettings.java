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
     * 7-, 14- and 28-day windows against the 365 days before (at least 90); alpha 0.001 as the plain
     * baseline's test; at least 3 contacts; an alert keeps growing while significant windows follow
     * within 28 days. On the NHTSA development set longer windows (56, 91 days), a 182-day baseline
     * and alpha 0.003 or 0.01 each warned no more recalls for more unrelated alerts.
     */
    public static RiseSettings defaults() {
        return new RiseSettings(List.of(7, 14, 28), 365, 90, 0.001, 3, 28);
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
