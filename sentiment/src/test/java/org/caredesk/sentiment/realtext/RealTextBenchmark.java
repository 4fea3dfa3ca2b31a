package org.caredesk.sentiment.realtext;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.caredesk.sentiment.Analysis;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.polarity.LexiconScore;
import org.caredesk.sentiment.polarity.LexiconScorer;
import org.caredesk.sentiment.polarity.SentimentLabel;

/**
 * The sentiment half of {@code real-text-benchmark}: the shipped pipeline (language identified
 * from the text, no hint, as for a message that arrives) and the word-list baseline
 * ({@link LexiconScorer} alone, VADER's ±0.05 band, told the set's language) on every public
 * development set under the data folder. Prints accuracy, macro-F1 and the confusion matrix of
 * each; skips a set whose folder is absent and says so.
 *
 * <p>Argument: the data folder (default {@code ../shared/data}).
 * {@code ./mvnw -B -q -Preal-text-benchmark -pl sentiment,knowledge-base test}
 */
public final class RealTextBenchmark {

    /** VADER's customary band for its compound score. */
    static final double BASELINE_BAND = 0.05;

    private RealTextBenchmark() {}

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data")
                .toAbsolutePath()
                .normalize();
        List<DevelopmentSet> sets = DevelopmentSet.findAll(data);
        if (sets.isEmpty()) {
            System.out.println("real-text-benchmark (sentiment) skipped: no development set under " + data);
            return;
        }
        TextPipeline pipeline = TextPipeline.loadDefault();
        LexiconScorer baseline = new LexiconScorer();
        System.out.println("== real-text-benchmark, sentiment: " + data);
        for (DevelopmentSet set : sets) {
            report(set, pipeline, baseline);
        }
    }

    static void report(DevelopmentSet set, TextPipeline pipeline, LexiconScorer baseline) {
        SetFigures model = new SetFigures(set.twoClass());
        SetFigures words = new SetFigures(set.twoClass());
        int sameLanguage = 0;
        long start = System.nanoTime();
        for (RatedText text : set.texts()) {
            Analysis a = pipeline.analyze(text.text(), null, ProductMatcher.empty());
            model.add(text.truth(), a.sentiment().label(), a.sentiment().score());
            if (a.language().equals(set.language().code())) {
                sameLanguage++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (RatedText text : set.texts()) {
            LexiconScore s = baseline.score(text.text(), set.language());
            words.add(text.truth(), baselineLabel(s.compound()), s.compound());
        }
        int n = set.texts().size();
        System.out.printf(
                Locale.ROOT,
                "%n-- %s (%s, %d texts; language identified as %s: %.1f%%; %.0f texts/s)%n",
                set.name(),
                set.language().code(),
                n,
                set.language().code(),
                100.0 * sameLanguage / n,
                n / seconds);
        System.out.println("model:    " + model.headline());
        System.out.print(indent(model.matrix()));
        System.out.println("baseline: " + words.headline());
        System.out.print(indent(words.matrix()));
    }

    static SentimentLabel baselineLabel(double compound) {
        return compound >= BASELINE_BAND
                ? SentimentLabel.POSITIVE
                : compound <= -BASELINE_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    private static String indent(String block) {
        return block.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }
}
