package org.caredesk.sentiment.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.PolarityFeatures;
import org.caredesk.sentiment.polarity.Sentiment;
import org.caredesk.sentiment.polarity.SentimentClassifier;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.polarity.SentimentModels;
import org.caredesk.sentiment.text.BundledModels;
import org.caredesk.sentiment.text.Segmenter;
import org.caredesk.sentiment.text.TextSanitizer;
import org.caredesk.sentiment.training.ConfusionMatrix;

/**
 * Scores the shipped English sentiment model and {@link WordListBaseline} on the UCI "Sentiment
 * Labelled Sentences" files (Kotzias et al., KDD 2015; one {@code sentence<TAB>0|1} a line), data
 * the model never saw. Two ways: a neutral answer counted as a miss, and
 * neutral mapped to the nearer pole by score (score 0 goes to positive, the same fixed tie-break
 * for both). Macro-F1 is over the two true classes.
 *
 * <p>Argument (or system property {@code caredesk.uci.dir}): the folder; default
 * {@code ../shared/data/uci-sentiment} from the project root. A missing folder prints "skipped".
 *
 * <p>{@code mvn -q -pl sentiment process-classes exec:java@public-benchmark}
 */
public final class PublicDataBenchmark {

    private static final SentimentLabel[] TWO_CLASSES = {SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE};

    private final SentimentClassifier model;
    private final PolarityFeatures features;
    private final WordListBaseline baseline = new WordListBaseline();

    public PublicDataBenchmark() {
        this.model = SentimentModels.loadBundled().forLanguage(TextLanguage.EN).orElseThrow();
        this.features =
                new PolarityFeatures(new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()));
    }

    /** Accuracy and two-class macro-F1 of one scorer, measured one way. */
    public record Figures(double accuracy, double macroF1) {
        static Figures of(ConfusionMatrix matrix) {
            return new Figures(matrix.accuracy(), matrix.macroF1(TWO_CLASSES));
        }
    }

    /** One file's figures: model and baseline, neutral as a miss and neutral mapped. */
    public record FileResult(
            String file,
            long sentences,
            Figures modelMiss,
            Figures modelMapped,
            Figures baselineMiss,
            Figures baselineMapped) {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(
                args.length > 0 ? args[0] : System.getProperty("caredesk.uci.dir", "../shared/data/uci-sentiment"));
        List<Path> files = dataFiles(dir);
        if (files.isEmpty()) {
            System.out.println("public-benchmark skipped: no *.txt in "
                    + dir.toAbsolutePath().normalize());
            return;
        }
        PublicDataBenchmark benchmark = new PublicDataBenchmark();
        System.out.println("UCI Sentiment Labelled Sentences, English model vs word-list baseline");
        System.out.printf(
                Locale.ROOT, "%-36s %6s | %-25s | %-25s%n", "", "", "neutral = miss", "neutral -> nearer pole");
        System.out.printf(
                Locale.ROOT,
                "%-36s %6s | %-12s %-12s | %-12s %-12s%n",
                "file",
                "n",
                "acc",
                "macro-F1",
                "acc",
                "macro-F1");
        for (Path file : files) {
            FileResult r = benchmark.evaluate(file);
            print(r.file(), r.sentences(), "model", r.modelMiss(), r.modelMapped());
            print(r.file(), r.sentences(), "baseline", r.baselineMiss(), r.baselineMapped());
        }
    }

    /** The {@code *.txt} files of {@code dir}, sorted; empty when the folder is absent. */
    public static List<Path> dataFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
    }

    public FileResult evaluate(Path file) throws IOException {
        ConfusionMatrix modelMiss = new ConfusionMatrix();
        ConfusionMatrix modelMapped = new ConfusionMatrix();
        ConfusionMatrix baselineMiss = new ConfusionMatrix();
        ConfusionMatrix baselineMapped = new ConfusionMatrix();
        long n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String text = line.substring(0, tab);
            SentimentLabel truth =
                    line.substring(tab + 1).strip().equals("1") ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            Sentiment sentiment = model.classify(features.extract(TextSanitizer.sanitize(text), TextLanguage.EN));
            modelMiss.add(truth, sentiment.label());
            modelMapped.add(truth, mapped(sentiment.label(), sentiment.score()));
            SentimentLabel base = baseline.label(text);
            baselineMiss.add(truth, base);
            baselineMapped.add(truth, mapped(base, baseline.score(text)));
            n++;
        }
        return new FileResult(
                file.getFileName().toString(),
                n,
                Figures.of(modelMiss),
                Figures.of(modelMapped),
                Figures.of(baselineMiss),
                Figures.of(baselineMapped));
    }

    static SentimentLabel mapped(SentimentLabel label, double score) {
        if (label != SentimentLabel.NEUTRAL) {
            return label;
        }
        return score >= 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
    }

    private static void print(String file, long n, String who, Figures miss, Figures mapped) {
        System.out.printf(
                Locale.ROOT,
                "%-36s %6d | %-12.3f %-12.3f | %-12.3f %-12.3f%n",
                file + " " + who,
                n,
                miss.accuracy(),
                miss.macroF1(),
                mapped.accuracy(),
                mapped.macroF1());
    }
}
