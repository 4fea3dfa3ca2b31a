package org.caredesk.sentiment.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Tail probabilities against values computed by hand from the probability mass functions. */
class PoissonTailTest {

    @Test
    void poissonUpperTailMatchesKnownValues() {
        assertEquals(1.0, PoissonTail.atLeast(0, 2.5), 0);
        assertEquals(1 - Math.exp(-1), PoissonTail.atLeast(1, 1.0), 1e-15);
        // P(X >= 3 | 1) = 1 - e^-1 (1 + 1 + 1/2)
        assertEquals(1 - Math.exp(-1) * 2.5, PoissonTail.atLeast(3, 1.0), 1e-15);
        // P(X >= 10 | 2) = 4.64981e-5 (sum of the pmf from 10 on, computed separately)
        assertEquals(4.64981e-5, PoissonTail.atLeast(10, 2.0), 1e-10);
        // far tail, where 1 - CDF would cancel to 0: P(X >= 30 | 1) ~ e^-1 / 30! * (1 + 1/31 + ...)
        double expected = Math.exp(-1 - BinomialTail.logFactorial(30)) * (1 + 1.0 / 31 + 1.0 / (31 * 32));
        assertEquals(expected, PoissonTail.atLeast(30, 1.0), expected * 1e-4);
        assertEquals(0.0, PoissonTail.atLeast(1, 0.0), 0);
    }

    /**
     * A tail so far out that its first term is below the smallest double is 0, and costs one term: it summed
     * 100,001 zeros before (the growth run's import: a term in 2,000 complaints of one product where the other
     * products make 5 expected, for each word of each complaint).
     */
    @Test
    void aTailBeyondTheDoublesIsZeroAtOnce() {
        atLeastCosting(10_000, 1.0); // the log factorials it reads, kept before measuring
        assertEquals(0.0, atLeastCosting(2_000, 5.0)[0], 0);
        assertEquals(1.0, atLeastCosting(2_000, 5.0)[1], 0);
    }

    private static double[] atLeastCosting(int k, double mean) {
        long before = PoissonTail.work();
        double p = PoissonTail.atLeast(k, mean);
        return new double[] {p, PoissonTail.work() - before};
    }

    @Test
    void poissonRejectsNegativeMean() {
        assertThrows(IllegalArgumentException.class, () -> PoissonTail.atLeast(1, -1));
    }

    @Test
    void binomialUpperTailMatchesKnownValues() {
        assertEquals(0.5, BinomialTail.atLeast(1, 1, 0.5), 1e-15);
        // P(X >= 3 | n=4, p=1/8) = 4 (1/8)^3 (7/8) + (1/8)^4
        assertEquals(4 * Math.pow(0.125, 3) * 0.875 + Math.pow(0.125, 4), BinomialTail.atLeast(3, 4, 0.125), 1e-15);
        // P(X >= 8 | n=10, p=0.5) = (45 + 10 + 1) / 1024
        assertEquals(56.0 / 1024, BinomialTail.atLeast(8, 10, 0.5), 1e-15);
        assertEquals(1.0, BinomialTail.atLeast(0, 5, 0.3), 0);
        assertEquals(0.0, BinomialTail.atLeast(6, 5, 0.3), 0);
    }

    @Test
    void logFactorialIsExactBelowAndAccurateAboveTheTable() {
        assertEquals(Math.log(120), BinomialTail.logFactorial(5), 1e-12);
        double sum = 0;
        for (int i = 2; i <= 300; i++) {
            sum += Math.log(i);
        }
        assertEquals(sum, BinomialTail.logFactorial(300), 1e-9);
    }
}
