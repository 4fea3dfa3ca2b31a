package org.caredesk.sentiment.warning;

/** The one-sided Poisson test of the detector, computed in log space so tiny tails stay exact. */
public final class PoissonTail {

    private PoissonTail() {}

    /** P(X &ge; k) for X ~ Poisson(mean); 1 for k &le; 0. */
    public static double atLeast(int k, double mean) {
        if (mean < 0 || Double.isNaN(mean)) {
            throw new IllegalArgumentException("mean must be >= 0: " + mean);
        }
        if (k <= 0) {
            return 1.0;
        }
        if (mean == 0) {
            return 0.0;
        }
        if (k <= mean) {
            return Math.max(0.0, 1.0 - below(k, mean));
        }
        // Upper tail summed from k upwards; terms shrink geometrically once i > mean.
        double logTerm = logPmf(k, mean);
        double sum = 0;
        for (int i = k; ; i++) {
            double term = Math.exp(logTerm);
            sum += term;
            if (term < sum * 1e-17 || i - k > 100_000) {
                return Math.min(1.0, sum);
            }
            logTerm += Math.log(mean) - Math.log(i + 1.0);
        }
    }

    /** P(X &lt; k). */
    private static double below(int k, double mean) {
        double logTerm = -mean;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += Math.exp(logTerm);
            logTerm += Math.log(mean) - Math.log(i + 1.0);
        }
        return sum;
    }

    static double logPmf(int k, double mean) {
        double logFactorial = 0;
        for (int i = 2; i <= k; i++) {
            logFactorial += Math.log(i);
        }
        return -mean + k * Math.log(mean) - logFactorial;
    }
}
