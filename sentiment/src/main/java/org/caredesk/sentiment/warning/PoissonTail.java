package org.caredesk.sentiment.warning;

/** The one-sided Poisson test of the detector, computed in log space so tiny tails stay exact. */
public final class PoissonTail {

    /** Terms summed so far (series terms and log-factorial terms), by every thread: for tests of the cost's shape. */
    private static final java.util.concurrent.atomic.LongAdder WORK = new java.util.concurrent.atomic.LongAdder();

    private PoissonTail() {}

    /**
     * How many terms the tails have summed in this JVM so far: the cost of a test, which must not grow
     * with the counts it tests (a window holding thousands of complaints).
     */
    public static long work() {
        return WORK.sum();
    }

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
        double logMean = Math.log(mean); // the same value each step: computed once
        double sum = 0;
        for (int i = k; ; i++) {
            double term = Math.exp(logTerm);
            WORK.increment();
            sum += term;
            if (sum == 0) {
                // The first term is below the smallest double and the next ones are smaller still (i > mean):
                // the tail is 0, which summing 100,000 zeros used to return too.
                return 0.0;
            }
            if (term < sum * 1e-17 || i - k > 100_000) {
                return Math.min(1.0, sum);
            }
            logTerm += logMean - Math.log(i + 1.0);
        }
    }

    /** P(X &lt; k). */
    private static double below(int k, double mean) {
        double logTerm = -mean;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            WORK.increment();
            sum += Math.exp(logTerm);
            logTerm += Math.log(mean) - Math.log(i + 1.0);
        }
        return sum;
    }

    static double logPmf(int k, double mean) {
        return -mean + k * Math.log(mean) - logFactorial(k);
    }

    /**
     * ln(k!) summed as before (ln 2 + ln 3 + ... + ln k, in that order, so every tail is bit for bit what it was),
     * but kept: a term's count in a busy window is in the thousands, and summing it afresh on every test made one
     * contact cost as much as its count.
     */
    private static double logFactorial(int k) {
        double[] table = logFactorials;
        if (k < table.length) {
            return table[k];
        }
        if (k >= MAX_TABLE) {
            double logFactorial = table[table.length - 1];
            for (int i = table.length; i <= k; i++) {
                WORK.increment();
                logFactorial += Math.log(i);
            }
            return logFactorial;
        }
        return grow(k)[k];
    }

    private static synchronized double[] grow(int k) {
        double[] table = logFactorials;
        if (k < table.length) {
            return table;
        }
        double[] larger = java.util.Arrays.copyOf(table, Math.min(MAX_TABLE, Math.max(k + 1, 2 * table.length)));
        for (int i = Math.max(2, table.length); i < larger.length; i++) {
            WORK.increment();
            larger[i] = larger[i - 1] + Math.log(i);
        }
        logFactorials = larger;
        return larger;
    }

    /** 8 MB at most; a count beyond a million in one window sums the rest. */
    private static final int MAX_TABLE = 1 << 20;

    private static volatile double[] logFactorials = new double[2];
}
