package org.caredesk.sentiment.realtext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.Calibration;
import org.caredesk.sentiment.polarity.PolarityFeatures;
import org.caredesk.sentiment.polarity.SentimentClassifier;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.polarity.SentimentModels;
import org.caredesk.sentiment.text.BundledModels;
import org.caredesk.sentiment.text.Segmenter;
import org.caredesk.sentiment.text.TextSanitizer;

/**
 * How well the sentiment calibration (the model's share in the mix with the valence rules, and the
 * neutral band: {@link Calibration}) holds on text it was not chosen on. The two numbers are chosen
 * from a grid, per language, to maximise the mean macro-F1 over that language's sets, and scored on
 * what was left out: for English each set in turn left out (chosen on the other five, the closest
 * thing here to "other public data of the same kind"), and five folds within every set (chosen on
 * four fifths of every set); for Italian, five folds of SENTIPOLC. Prints the figures of the shipped
 * calibration beside the held-out ones. Each text is read once (the model's probabilities and the
 * rules' compound, language as the set's); only the mixing is redone per candidate.
 *
 * <p>{@code ./mvnw -B -q -Preal-text-benchmark -pl sentiment test -Dreal-text.calibration=true}
 */
public final class CalibrationCrossValidation {

    static final double[] WEIGHTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
    static final double[] BANDS = {0.06, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.24, 0.3};
    static final int FOLDS = 5;

    record Item(SentimentLabel truth, SentimentClassifier.Reading reading, int fold) {}

    record Scored(DevelopmentSet set, List<Item> items) {
        double macroF1(Calibration calibration, int fold, boolean inFold) {
            SetFigures figures = new SetFigures(set.twoClass());
            for (Item item : items) {
                if (fold < 0 || (item.fold() == fold) == inFold) {
                    figures.add(
                            item.truth(),
                            item.reading().label(calibration),
                            item.reading().score(calibration));
                }
            }
            return figures.macroF1();
        }
    }

    private CalibrationCrossValidation() {}

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data")
                .toAbsolutePath()
                .normalize();
        List<DevelopmentSet> sets = DevelopmentSet.findAll(data);
        if (sets.isEmpty()) {
            System.out.println("calibration cross-validation skipped: no development set under " + data);
            return;
        }
        SentimentModels models = SentimentModels.loadBundled();
        PolarityFeatures features =
                new PolarityFeatures(new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()));
        Map<TextLanguage, List<Scored>> byLanguage = new LinkedHashMap<>();
        Map<TextLanguage, Calibration> shipped = new LinkedHashMap<>();
        for (DevelopmentSet set : sets) {
            SentimentClassifier classifier = models.forLanguage(set.language()).orElseThrow();
            shipped.put(set.language(), classifier.calibration());
            Random random = new Random(20261207L);
            List<Item> items = new ArrayList<>();
            for (RatedText text : set.texts()) {
                SentimentClassifier.Reading reading =
                        classifier.read(features.extract(TextSanitizer.sanitize(text.text()), set.language()));
                if (reading != null) {
                    items.add(new Item(text.truth(), reading, random.nextInt(FOLDS)));
                }
            }
            byLanguage.computeIfAbsent(set.language(), l -> new ArrayList<>()).add(new Scored(set, items));
        }
        System.out.println("== sentiment calibration, cross-validated (model weight, neutral band) ==");
        byLanguage.forEach((language, scored) -> report(language, scored, shipped.get(language)));
    }

    private static void report(TextLanguage language, List<Scored> sets, Calibration shipped) {
        Calibration all = best(sets, -1, -1);
        System.out.printf(
                Locale.ROOT,
                "%s: shipped %s; chosen on all of its sets %s%n",
                language.code(),
                text(shipped),
                text(all));
        System.out.printf(
                Locale.ROOT,
                "  %-28s %9s %9s %12s %12s%n",
                "set (macro-F1)",
                "shipped",
                "all-sets",
                "set left out",
                "5-fold");
        for (int s = 0; s < sets.size(); s++) {
            Scored set = sets.get(s);
            String leftOut = "";
            if (sets.size() > 1) {
                Calibration chosen = best(sets, s, -1);
                leftOut = String.format(Locale.ROOT, "%.3f %s", set.macroF1(chosen, -1, false), text(chosen));
            }
            // Five folds: chosen on the other four fifths of every set, scored on this fifth of this set.
            double sum = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                Calibration chosen = best(sets, -1, fold);
                sum += set.macroF1(chosen, fold, true);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-28s %9.3f %9.3f %12s %12.3f%n",
                    set.set().name(),
                    set.macroF1(shipped, -1, false),
                    set.macroF1(all, -1, false),
                    leftOut,
                    sum / FOLDS);
        }
    }

    /** The grid point with the best mean macro-F1 over {@code sets}, leaving out set {@code skipSet} and fold {@code skipFold}. */
    static Calibration best(List<Scored> sets, int skipSet, int skipFold) {
        Calibration best = null;
        double bestScore = -1;
        for (double w : WEIGHTS) {
            for (double band : BANDS) {
                Calibration c = new Calibration(w, band);
                double sum = 0;
                int n = 0;
                for (int s = 0; s < sets.size(); s++) {
                    if (s != skipSet) {
                        sum += sets.get(s).macroF1(c, skipFold, false);
                        n++;
                    }
                }
                if (sum / n > bestScore + 1e-12) {
                    bestScore = sum / n;
                    best = c;
                }
            }
        }
        return best;
    }

    private static String text(Calibration c) {
        return String.format(Locale.ROOT, "(%.2f, %.2f)", c.modelWeight(), c.neutralBand());
    }
}
