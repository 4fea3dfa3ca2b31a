package org.caredesk.sentiment.emerging;

/**
 * How the emerging-term test decides (see {@link EmergingTermDetector}).
 *
 * @param windowDays     the recent window a term's frequency is measured over
 * @param baselineDays   the product's own trailing history before the window
 * @param minBaselineDays no test before the stream has this many days before the window
 * @param minContacts    an emerging term needs at least this many contacts in the window
 * @param alpha          the level of the one-sided Poisson test of the window's count against the
 *                       larger of the two shrunk expectations; small, because every term of every
 *                       contact is a test
 * @param episodeGapDays a contact within this many days of the product's last emerging term joins the
 *                       running alert instead of raising a new one
 */
public record TermSettings(
        int windowDays, int baselineDays, int minBaselineDays, int minContacts, double alpha, int episodeGapDays) {

    public TermSettings {
        if (windowDays < 1
                || baselineDays < 1
                || minBaselineDays < 1
                || minBaselineDays > baselineDays
                || minContacts < 1
                || alpha <= 0
                || alpha >= 1
                || episodeGapDays < 0) {
            throw new IllegalArgumentException("Invalid emerging-term settings");
        }
    }

    /**
     * 28-day window against the trailing year (at least 90 days); 5 contacts; alpha 1e-7; 28-day
     * episodes. A contact of 100 words holds about 200 terms, each a test, every day: at 3 contacts
     * and 1e-6 the development set's term alerts were half unrelated (words like "instance").
     */
    public static TermSettings defaults() {
        return new TermSettings(28, 365, 90, 5, 1e-7, 28);
    }
}
