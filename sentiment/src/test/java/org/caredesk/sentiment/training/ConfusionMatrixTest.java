package org.caredesk.sentiment.training;

import static org.caredesk.sentiment.polarity.SentimentLabel.NEGATIVE;
import static org.caredesk.sentiment.polarity.SentimentLabel.NEUTRAL;
import static org.caredesk.sentiment.polarity.SentimentLabel.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void computesAccuracyAndMacroF1() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add(NEGATIVE, NEGATIVE);
        m.add(NEGATIVE, NEGATIVE);
        m.add(NEGATIVE, POSITIVE);
        m.add(POSITIVE, POSITIVE);
        m.add(NEUTRAL, NEUTRAL);
        m.add(NEUTRAL, NEGATIVE);
        assertEquals(6, m.total());
        assertEquals(4.0 / 6, m.accuracy(), 1e-9);
        assertEquals(2.0 / 3, m.precision(NEGATIVE), 1e-9);
        assertEquals(2.0 / 3, m.recall(NEGATIVE), 1e-9);
        double f1Positive = 2 * 0.5 * 1.0 / 1.5;
        double f1Neutral = 2 * 1.0 * 0.5 / 1.5;
        assertEquals((2.0 / 3 + f1Positive + f1Neutral) / 3, m.macroF1(), 1e-9);
        assertTrue(m.format().contains("negative"));
    }

    @Test
    void emptyMatrixIsZeroNotNaN() {
        ConfusionMatrix m = new ConfusionMatrix();
        assertEquals(0.0, m.accuracy());
        assertEquals(0.0, m.macroF1());
    }
}
