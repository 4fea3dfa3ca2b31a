package org.caredesk.sentiment.polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.text.BundledModels;
import org.caredesk.sentiment.text.Segmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingTest {

    private static SentimentModels models;
    private static PolarityFeatures features;

    @BeforeAll
    static void load() {
        models = SentimentModels.loadBundled();
        features =
                new PolarityFeatures(new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()));
    }

    @Test
    void theRulesLeadWhenTheModelHasLittleShare() {
        // Model leans positive (0.7 vs 0.1), the rules read a clear negative (-0.6).
        SentimentClassifier.Reading reading = new SentimentClassifier.Reading(new double[] {0.1, 0.2, 0.7}, -0.6);

        // 0.2 × (0.7 − 0.1) + 0.8 × (0 − 0.6) = −0.36
        assertEquals(-0.36, reading.score(new Calibration(0.2, 0.16)), 1e-9);
        assertEquals(SentimentLabel.NEGATIVE, reading.label(new Calibration(0.2, 0.16)));
        assertEquals(SentimentLabel.POSITIVE, reading.label(new Calibration(1.0, 0.16)));
    }

    @Test
    void aScoreInsideTheBandIsNeutral() {
        SentimentClassifier.Reading reading = new SentimentClassifier.Reading(new double[] {0.3, 0.4, 0.3}, 0.1);

        assertEquals(0.08, reading.score(new Calibration(0.2, 0.16)), 1e-9);
        assertEquals(SentimentLabel.NEUTRAL, reading.label(new Calibration(0.2, 0.16)));
        assertEquals(SentimentLabel.POSITIVE, reading.label(new Calibration(0.2, 0.05)));
    }

    @Test
    void aNearlyCertainModelTakesMostOfTheMix() {
        // Margin 0.95: the model's share rises to (0.95 − 0.8) / 0.2 = 0.75 whatever the calibration says.
        SentimentClassifier.Reading reading = new SentimentClassifier.Reading(new double[] {0.0, 0.05, 0.95}, -0.5);

        assertEquals(0.75 * 0.95 + 0.25 * -0.5, reading.score(new Calibration(0.2, 0.16)), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Delivered a day early and it works a treat, thanks!",
                "Third replacement and it's still dead on arrival. Not impressed.",
                "The parcel was delivered on Tuesday.",
                "great, another 'upgrade' that deletes my settings... just what I needed"
            })
    void theReadingGivesTheLabelTheClassifierAnswers(String text) {
        SentimentClassifier classifier = models.forLanguage(TextLanguage.EN).orElseThrow();
        PolarityTokens tokens = features.extract(text, TextLanguage.EN);

        Sentiment sentiment = classifier.classify(tokens);
        SentimentClassifier.Reading reading = classifier.read(tokens);

        assertEquals(sentiment.label(), reading.label(classifier.calibration()));
        assertEquals(sentiment.score(), Math.max(-1, Math.min(1, reading.score(classifier.calibration()))), 1e-9);
    }

    @Test
    void aCalibrationOutOfRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Calibration(1.2, 0.1));
        assertEquals("calibration out of range: 1.2, 0.1", e.getMessage());
    }
}
