package org.caredesk.sentiment.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caredesk.sentiment.polarity.SentimentLabel;
import org.junit.jupiter.api.Test;

class WordListBaselineTest {

    private final WordListBaseline baseline = new WordListBaseline();

    @Test
    void countsPositiveAndNegativeWords() {
        assertEquals(SentimentLabel.POSITIVE, baseline.label("Great kettle, I love it."));
        assertEquals(SentimentLabel.NEGATIVE, baseline.label("Awful, the lid is broken."));
        assertEquals(1.0 / 3, baseline.score("good, great but broken"), 1e-9);
    }

    @Test
    void negationFlipsTheNextFewWords() {
        assertEquals(SentimentLabel.NEGATIVE, baseline.label("It is not good."));
        assertEquals(SentimentLabel.POSITIVE, baseline.label("Not bad at all"));
        assertEquals(SentimentLabel.POSITIVE, baseline.label("I didn't find it terrible"));
    }

    @Test
    void noOpinionWordIsNeutral() {
        assertEquals(SentimentLabel.NEUTRAL, baseline.label("When will my order arrive?"));
        assertEquals(0.0, baseline.score(""), 0.0);
    }
}
