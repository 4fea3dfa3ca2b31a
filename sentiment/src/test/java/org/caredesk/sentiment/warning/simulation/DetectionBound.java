package org.caredesk.sentiment.warning.simulation;

import org.caredesk.sentiment.warning.PoissonTail;

/**
 * How often any detector could catch a planted spike by its third day, at a given false-alert
 * budget: the yardstick for the detector's figures.
 *
 * <p>An oracle knows the true background rate {@code r} of a product and hazard, the spike's
 * multiplier {@code m} and the day the spike starts. Whether to alert by day 3 can then depend only
 * on the counts of days 1-3 (earlier days say nothing more when the rate is known), and the
 * likelihood ratio of "m &times; r for three days" against "r" is increasing in their sum, so by the
 * Neyman-Pearson lemma the most powerful test at level {@code a} alerts when the 3-day sum reaches a
 * threshold (randomised at the threshold so its level is exactly {@code a}).
 *
 * <p>Two levels are reported. A detector that raises {@code f} false alerts per product-and-hazard
 * day raises on average {@code 3f} in any 3 days of background, so the chance that it alerts at all
 * in a given 3-day block is at most {@code 3f}: the test at level {@code 3f} is an <b>upper bound</b>
 * for every detector (even one that knows everything the oracle knows). A test at level {@code f}
 * applied to the sliding 3-day sum every day raises at most {@code f} false alerts a day and catches
 * a spike on day 3 with the single-look power: that is <b>attainable</b> with known rates. A real
 * detector, which must estimate the rate from a noisy baseline, is below the upper bound and
 * usually below the attainable figure too.
 */
public final class DetectionBound {

    /** Days by which a spike must be detected (the goal's "within 3 days"). */
    public static final int DAYS = 3;

    private DetectionBound() {}

    /**
     * Power of the most powerful (randomised) test of Poisson({@code nullMean}) against
     * Poisson({@code spikeMean}), {@code spikeMean > nullMean}, at level {@code alpha}.
     */
    public static double neymanPearsonPower(double nullMean, double spikeMean, double alpha) {
        if (!(spikeMean > nullMean) || nullMean <= 0 || alpha <= 0 || alpha >= 1) {
            throw new IllegalArgumentException("Need 0 < null mean < spike mean and 0 < alpha < 1");
        }
        int k = threshold(nullMean, alpha);
        // Reject for sum >= k; at sum = k - 1 reject with the probability that spends the rest of alpha.
        double sizeAtK = PoissonTail.atLeast(k, nullMean);
        double gamma = (alpha - sizeAtK) / pmf(k - 1, nullMean);
        return PoissonTail.atLeast(k, spikeMean) + Math.min(1, gamma) * pmf(k - 1, spikeMean);
    }

    /**
     * The upper bound: the best chance that any detector raising {@code falseAlertsPerDay} false
     * alerts per product-and-hazard day catches a spike of {@code multiplier} &times; {@code rate}
     * by its third day.
     */
    public static double upperBound(double rate, double multiplier, double falseAlertsPerDay) {
        return neymanPearsonPower(DAYS * rate, DAYS * rate * multiplier, Math.min(0.5, DAYS * falseAlertsPerDay));
    }

    /** The attainable figure with known rates: the sliding 3-day sum tested at level {@code falseAlertsPerDay}. */
    public static double knownRateSingleLook(double rate, double multiplier, double falseAlertsPerDay) {
        return neymanPearsonPower(DAYS * rate, DAYS * rate * multiplier, falseAlertsPerDay);
    }

    /** The smallest count whose upper tail under Poisson({@code nullMean}) is at most {@code alpha}. */
    public static int threshold(double nullMean, double alpha) {
        int k = 0;
        while (PoissonTail.atLeast(k, nullMean) > alpha) {
            k++;
        }
        return k;
    }

    static double pmf(int k, double mean) {
        if (k < 0) {
            return 0;
        }
        double log = -mean + k * Math.log(mean);
        for (int i = 2; i <= k; i++) {
            log -= Math.log(i);
        }
        return Math.exp(log);
    }
}
