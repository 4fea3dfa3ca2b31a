package org.caredesk.sentiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.polarity.SentimentModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retraining from the bundled corpus plus corrections: a reduced corpus (every n-th line) keeps
 * the test short; the full corpus is what the console uses by default.
 */
class ModelRetrainingTest {

    /** Words no corpus line uses, so only the corrections can teach what they mean. */
    private static final String ODD = "the quoxel grummet frabbled again";

    @TempDir
    Path dir;

    @Test
    void correctionsJoinTheCorpusOfTheirLanguageOnly() throws IOException {
        List<ModelRetraining.Correction> corrections = List.of(
                new ModelRetraining.Correction("en", SentimentLabel.NEGATIVE, ODD),
                new ModelRetraining.Correction("it", SentimentLabel.POSITIVE, "il quoxel è fantastico"),
                new ModelRetraining.Correction("other", SentimentLabel.NEGATIVE, "xyz"));
        Map<TextLanguage, List<LabelledText>> texts = ModelRetraining.texts(corrections, 300);
        assertEquals(301, texts.get(TextLanguage.EN).size());
        assertEquals(301, texts.get(TextLanguage.IT).size());
        assertEquals(
                new LabelledText(SentimentLabel.NEGATIVE, ODD),
                texts.get(TextLanguage.EN).get(300));
        assertEquals(
                new LabelledText(SentimentLabel.POSITIVE, "il quoxel è fantastico"),
                texts.get(TextLanguage.IT).get(300));
        assertEquals(
                SentimentCorpus.bundled(TextLanguage.EN).size(),
                ModelRetraining.texts(List.of(), 0).get(TextLanguage.EN).size());
    }

    @Test
    void retrainedModelLearnsTheCorrectionsAndReportsCrossValidatedFigures() throws IOException {
        List<ModelRetraining.Correction> corrections = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            corrections.add(new ModelRetraining.Correction("en", SentimentLabel.POSITIVE, ODD + " number " + i));
        }
        List<Integer> seen = new ArrayList<>();
        ModelRetraining.Result result = new ModelRetraining()
                .train(ModelRetraining.texts(corrections, 400), dir, (percent, step) -> seen.add(percent));

        assertTrue(Files.size(dir.resolve("sentiment-en.bin")) > 0);
        assertTrue(Files.size(dir.resolve("sentiment-it.bin")) > 0);
        ModelRetraining.LanguageFigures en = result.of("en");
        assertEquals(412, en.samples());
        assertTrue(en.accuracy() > 0.5 && en.accuracy() <= 1, "accuracy " + en.accuracy());
        assertTrue(en.macroF1() > 0.5 && en.macroF1() <= 1, "macro-F1 " + en.macroF1());
        assertEquals(400, result.of("it").samples());
        assertEquals(100, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress goes forward: " + seen);
        }

        TextPipeline bundled = TextPipeline.loadDefault();
        TextPipeline retrained = bundled.withSentimentModels(SentimentModels.loadFrom(dir));
        assertEquals(
                SentimentLabel.POSITIVE,
                retrained
                        .analyze(ODD + " today", "en", ProductMatcher.empty())
                        .sentiment()
                        .label());
        assertNotEquals(
                SentimentLabel.POSITIVE,
                bundled.analyze(ODD + " today", "en", ProductMatcher.empty())
                        .sentiment()
                        .label());
    }
}
