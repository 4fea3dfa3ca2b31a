package org.caredesk.sentiment.warning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Neyman-Pearson yardstick against tail values computed separately (scipy.stats.poisson). */
class DetectionBoundTest {

    // P(X >= 15 | Poisson(6)) = 0.00140035383, P(X >= 15 | Poisson(18)) = 0.79192263746
    private static final double SIZE_AT_15 = 0.0014003538333618914;
    private static final double POWER_AT_15 = 0.7919226374595059;

    @Test
    void atTheExactSizeOfAThresholdThePowerIsThatThresholdsPower() {
        assertEquals(POWER_AT_15, DetectionBound.neymanPearsonPower(6, 18, SIZE_AT_15), 1e-9);
    }

    @Test
    void betweenTwoThresholdsTheTestIsRandomisedAtTheLowerOne() {
        // Spend half of P(X = 14 | 6) on top of the size at 15: half of P(X = 14 | 18) is added.
        double alpha = SIZE_AT_15 + 0.5 * DetectionBound.pmf(14, 6);
        double expected = POWER_AT_15 + 0.5 * DetectionBound.pmf(14, 18);
        assertEquals(expected, DetectionBound.neymanPearsonPower(6, 18, alpha), 1e-9);
    }

    @Test
    void theUpperBoundSpendsThreeDaysOfFalseAlertsAndBeatsTheSingleLook() {
        // Rate 2 a day, 3x: the 3-day sums are Poisson(6) against Poisson(18).
        double perDay = SIZE_AT_15 / 3;
        assertEquals(POWER_AT_15, DetectionBound.upperBound(2.0, 3.0, perDay), 1e-9);
        assertTrue(DetectionBound.knownRateSingleLook(2.0, 3.0, perDay) < POWER_AT_15);
    }

    @Test
    void rejectsASpikeThatIsNoSpike() {
        assertThrows(IllegalArgumentException.class, () -> DetectionBound.neymanPearsonPower(6, 6, 0.01));
        assertThrows(IllegalArgumentException.class, () -> DetectionBound.neymanPearsonPower(6, 18, 0));
    }
}
