package org.caredesk.sentiment.warning;

/**
 * Upper tail of the binomial law, in log space. It is the exact form of the two-sample Poisson
 * test the detector uses: if the window and the baseline both count Poisson arrivals at the same
 * daily rate, then given their total {@code n}, the window's count is Binomial(n, w / (w + L)).
 */
public final class BinomialTail {

    private static final int TABLE = 256;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        for (int i = 2; i < TABLE; i++) {
            LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
        }
    }

    private BinomialTail() {}

    /** P(X &ge; k) for X ~ Binomial(n, p). */
    public static double atLeast(int k, int n, double p) {
        if (p < 0 || p > 1 || n < 0 || Double.isNaN(p)) {
            throw new IllegalArgumentException("Invalid binomial n=" + n + " p=" + p);
        }
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p == 0) {
            return 0.0;
        }
        if (p == 1) {
            return 1.0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double odds = p / (1 - p);
        double term = Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * logP + (n - k) * logQ);
        double sum = 0;
        for (int i = k; i <= n; i++) {
            sum += term;
            if (term < sum * 1e-17 && i > n * p) {
                break;
            }
            term *= (double) (n - i) / (i + 1) * odds;
        }
        return Math.min(1.0, sum);
    }

    /** ln(n!): a table below 256, Stirling's series above (error below 1e-12 there). */
    static double logFactorial(int n) {
        if (n < TABLE) {
            return LOG_FACTORIAL[n];
        }
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
