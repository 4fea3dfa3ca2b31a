package org.caredesk.sentiment.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caredesk.sentiment.polarity.SentimentLabel;
import org.junit.jupiter.api.Test;

class SetFiguresTest {

    @Test
    void twoClassSetsSendNeutralToThePoleItsScoreLeansTo() {
        SetFigures f = new SetFigures(true);
        f.add(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL, 0.1);
        f.add(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, -0.1);
        f.add(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE, 0.6);
        f.add(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, 0.0);
        assertEquals(0.5, f.accuracy(), 1e-9);
    }

    @Test
    void threeClassSetsCountNeutralAsAnswered() {
        SetFigures f = new SetFigures(false);
        f.add(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL, 0.1);
        f.add(SentimentLabel.NEUTRAL, SentimentLabel.NEUTRAL, 0.0);
        f.add(SentimentLabel.NEGATIVE, SentimentLabel.NEGATIVE, -0.5);
        f.add(SentimentLabel.POSITIVE, SentimentLabel.POSITIVE, 0.5);
        assertEquals(0.75, f.accuracy(), 1e-9);
        // F1: negative 1, positive 2/3 (precision 1, recall 1/2), neutral 2/3 (precision 1/2, recall 1).
        assertEquals((1 + 2.0 / 3 + 2.0 / 3) / 3, f.macroF1(), 1e-9);
    }

    @Test
    void theBaselineUsesVadersBand() {
        assertEquals(SentimentLabel.POSITIVE, RealTextBenchmark.baselineLabel(0.05));
        assertEquals(SentimentLabel.NEUTRAL, RealTextBenchmark.baselineLabel(0.049));
        assertEquals(SentimentLabel.NEGATIVE, RealTextBenchmark.baselineLabel(-0.05));
    }
}
