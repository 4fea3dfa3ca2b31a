package org.caredesk.sentiment.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.polarity.SentimentModelFiles;

/**
 * Retrains the sentiment models while the application runs: the bundled corpus plus the texts
 * agents corrected (with the label they gave), cross-validated first so that a supervisor sees the
 * new model's figures before switching it on, then trained on everything and written to a folder
 * ({@code sentiment-en.bin}, {@code sentiment-it.bin}) that {@code SentimentModels.loadFrom} reads.
 *
 * <p>Same features and parameters as the build ({@link SentimentTraining}); folds shuffled with a
 * fixed seed, so the same texts always give the same figures and the same model.
 */
public final class ModelRetraining {

    /** Fewer folds than the build's report (10): the supervisor waits for these. */
    public static final int FOLDS = 5;

    static final long SEED = 20_251_001L;
    private static final TextLanguage[] LANGUAGES = {TextLanguage.EN, TextLanguage.IT};

    /** Told how far the work is, 0..100, and what it is doing. */
    @FunctionalInterface
    public interface Progress {
        void update(int percent, String step);
    }

    /** One language's cross-validated figures. */
    public record LanguageFigures(String language, int samples, double accuracy, double macroF1) {}

    /** What a retraining produced: per-language figures; the models are in the output folder. */
    public record Result(List<LanguageFigures> figures) {
        public LanguageFigures of(String language) {
            return figures.stream()
                    .filter(f -> f.language().equals(language))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** A corrected text: its language code ("en", "it") and the label an agent gave it. */
    public record Correction(String language, SentimentLabel label, String text) {}

    private final SentimentTraining training = new SentimentTraining();

    /**
     * The training texts: the bundled corpus (every {@code n}-th line when {@code corpusLimit} is
     * positive and smaller than the corpus, so that tests can train a smaller model quickly) plus
     * the corrections in English and Italian; corrections in other languages are left out.
     */
    public static Map<TextLanguage, List<LabelledText>> texts(List<Correction> corrections, int corpusLimit)
            throws IOException {
        Map<TextLanguage, List<LabelledText>> texts = new EnumMap<>(TextLanguage.class);
        for (TextLanguage language : LANGUAGES) {
            List<LabelledText> corpus = SentimentCorpus.bundled(language);
            List<LabelledText> kept = new ArrayList<>();
            if (corpusLimit > 0 && corpusLimit < corpus.size()) {
                double step = (double) corpus.size() / corpusLimit;
                for (int i = 0; i < corpusLimit; i++) {
                    kept.add(corpus.get((int) (i * step)));
                }
            } else {
                kept.addAll(corpus);
            }
            for (Correction c : corrections) {
                if (language.code().equals(c.language()) && !c.text().isBlank()) {
                    kept.add(new LabelledText(c.label(), c.text()));
                }
            }
            texts.put(language, kept);
        }
        return texts;
    }

    /**
     * Cross-validates and trains both languages' models, writing them into {@code outputDir}
     * (created if needed). Progress goes from 0 to 100 over the {@code FOLDS + 1} trainings per
     * language.
     */
    public Result train(Map<TextLanguage, List<LabelledText>> texts, Path outputDir, Progress progress)
            throws IOException {
        Files.createDirectories(outputDir);
        return run(texts, outputDir, progress);
    }

    /**
     * Only the cross-validated figures, no model: how a set of texts (e.g. the corpus the bundled
     * models were trained on) fares under exactly the folds {@link #train} uses, for comparison.
     */
    public Result crossValidate(Map<TextLanguage, List<LabelledText>> texts, Progress progress) throws IOException {
        return run(texts, null, progress);
    }

    private Result run(Map<TextLanguage, List<LabelledText>> texts, Path outputDir, Progress progress)
            throws IOException {
        int steps = LANGUAGES.length * (outputDir == null ? FOLDS : FOLDS + 1);
        int done = 0;
        List<LanguageFigures> figures = new ArrayList<>();
        for (TextLanguage language : LANGUAGES) {
            List<DocumentSample> samples = training.samples(texts.getOrDefault(language, List.of()), language);
            List<DocumentSample> shuffled = new ArrayList<>(samples);
            Collections.shuffle(shuffled, new Random(SEED));
            ConfusionMatrix matrix = new ConfusionMatrix();
            for (int fold = 0; fold < FOLDS; fold++) {
                progress.update(
                        100 * done / steps, "cross-validating " + language.code() + " " + (fold + 1) + "/" + FOLDS);
                List<DocumentSample> train = new ArrayList<>();
                List<DocumentSample> test = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % FOLDS == fold ? test : train).add(shuffled.get(i));
                }
                DocumentCategorizerME categorizer = new DocumentCategorizerME(SentimentTraining.train(language, train));
                for (DocumentSample sample : test) {
                    String predicted = categorizer.getBestCategory(categorizer.categorize(sample.getText()));
                    matrix.add(
                            SentimentLabel.fromWireName(sample.getCategory()), SentimentLabel.fromWireName(predicted));
                }
                done++;
            }
            if (outputDir != null) {
                progress.update(100 * done / steps, "training " + language.code());
                DoccatModel model = SentimentTraining.train(language, samples);
                try (OutputStream out =
                        Files.newOutputStream(outputDir.resolve(SentimentModelFiles.fileName(language)))) {
                    model.serialize(out);
                }
                done++;
            }
            figures.add(new LanguageFigures(language.code(), samples.size(), matrix.accuracy(), matrix.macroF1()));
        }
        progress.update(100, "done");
        return new Result(List.copyOf(figures));
    }
}
