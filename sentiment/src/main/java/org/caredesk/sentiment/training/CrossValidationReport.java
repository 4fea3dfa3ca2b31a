package org.caredesk.sentiment.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentLabel;

/**
 * Measures the shipped training setup by 10-fold cross-validation over the corpus (shuffled with
 * a fixed seed, so the figures are repeatable) and prints accuracy, macro-F1 and the confusion
 * matrix per language. Argument: the corpus directory.
 *
 * <p>{@code mvn -q -pl sentiment process-classes exec:java@cross-validate}
 */
public final class CrossValidationReport {

    static final int FOLDS = 10;
    static final long SEED = 20_251_001L;

    private CrossValidationReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CrossValidationReport <corpus-dir>");
        }
        SentimentTraining training = new SentimentTraining();
        for (TextLanguage language : new TextLanguage[] {TextLanguage.EN, TextLanguage.IT}) {
            List<LabelledText> corpus = SentimentCorpus.read(SentimentCorpus.file(Path.of(args[0]), language));
            List<DocumentSample> samples = training.samples(corpus, language);
            ConfusionMatrix matrix = crossValidate(language, samples, FOLDS, SEED);
            System.out.printf(
                    Locale.ROOT,
                    "== sentiment-%s: %d samples, %d-fold cross-validation (seed %d)%n",
                    language.code(),
                    samples.size(),
                    FOLDS,
                    SEED);
            System.out.printf(Locale.ROOT, "accuracy %.3f  macro-F1 %.3f%n", matrix.accuracy(), matrix.macroF1());
            System.out.println(matrix.format());
        }
    }

    static ConfusionMatrix crossValidate(TextLanguage language, List<DocumentSample> samples, int folds, long seed)
            throws IOException {
        List<DocumentSample> shuffled = new ArrayList<>(samples);
        Collections.shuffle(shuffled, new Random(seed));
        ConfusionMatrix matrix = new ConfusionMatrix();
        for (int fold = 0; fold < folds; fold++) {
            List<DocumentSample> train = new ArrayList<>();
            List<DocumentSample> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? test : train).add(shuffled.get(i));
            }
            DoccatModel model = SentimentTraining.train(language, train);
            DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
            for (DocumentSample sample : test) {
                String predicted = categorizer.getBestCategory(categorizer.categorize(sample.getText()));
                matrix.add(SentimentLabel.fromWireName(sample.getCategory()), SentimentLabel.fromWireName(predicted));
            }
        }
        return matrix;
    }
}
