package org.caredesk.sentiment.emerging;

/**
 * How the emerging-term test decides (see {@link EmergingTermDetector}).
 *
 * @param windowDays     the recent window a term's frequency is measured over
 * @param baselineDays   the product's own trailing history before the window
 * @param minBaselineDays no test before the stream has this many days before the window
 * @param minContacts    an emerging term needs at least this many contacts in the window
 * @param minHazardContacts an emerging term needs at least this many hazard-bearing contacts (a hazard
 *                       category, or severe by the source's flags or words) in the window
 * @param minLowerRatio  the 5th percentile of the shrunk ratio of the window's count to the larger of the
 *                       two expectations must reach this (see {@code EmergingTermDetector.lowerRatio})
 * @param episodeGapDays a contact within this many days of the product's last emerging term joins the
 *                       running alert instead of raising a new one
 */
public record TermSettings(
        int windowDays,
        int baselineDays,
        int minBaselineDays,
        int minContacts,
        int minHazardContacts,
        double minLowerRatio,
        int episodeGapDays) {

    public TermSettings {
        if (windowDays < 1
                || baselineDays < 1
                || minBaselineDays < 1
                || minBaselineDays > baselineDays
                || minContacts < 1
                || minHazardContacts < 0
                || minHazardContacts > minContacts
                || !(minLowerRatio > 0)
                || episodeGapDays < 0) {
            throw new IllegalArgumentException("Invalid emerging-term settings");
        }
    }

    /**
     * 28-day window against the trailing year (at least 90 days); 5 contacts, 3 of them hazard-bearing (the
     * backtest's own "detectable" count); a shrunk ratio whose 5th percentile is at least 2 (EB05 &ge; 2, the
     * usual threshold in pharmacovigilance); 28-day episodes. A contact of 100 words holds about 200 terms,
     * each a test, every day: a plain Poisson test at 1e-4 named "though", "near" and "everything"; at 1e-7 it
     * found almost nothing. On the NHTSA development set (2026-12-07) these settings warned 21 of 41 recalls at
     * 0.94 unrelated alerts per 1,000 complaints where alpha 1e-7 warned 18 at 0.81 (see
     * {@code docs/benchmarks.md}).
     */
    public static TermSettings defaults() {
        return new TermSettings(28, 365, 90, 5, 3, 2.0, 28);
    }
}
