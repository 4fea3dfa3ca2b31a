package org.caredesk.kb.realtext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.RankingCandidate;
import org.caredesk.kb.SearchRequest;

/**
 * Learns the weights of the search's second stage (org.caredesk.kb.SecondStage) on the public FAQ
 * collections' development queries, and says how well they hold on queries they were not learned
 * from: five-fold cross-validation grouped by the answering FAQ (a FAQ's paraphrases are all in the
 * same fold), one weight vector per language learned on that language's collection (pairwise
 * logistic regression). Prints the cross-validated MRR@10 per collection, the
 * vector learned on all queries and its (optimistic) MRR@10, beside the weights in use.
 * Run: {@code ./mvnw -B -q -Preal-text-benchmark -pl knowledge-base test -Dcaredesk.faq.train=true}.
 */
public final class SecondStageTraining {

    static final int DEPTH = Integer.getInteger("caredesk.rerank.depth", 20);
    /** The weights in use (org.caredesk.kb.SecondStage), as the starting point. */
    static final String IN_USE_EN =
            "1,-0.017,-0.139,0.238,-0.45,0.001,-0.418,0.597,0.523,0.463,0.528,0.306,0.071,-0.229,0.493,0.219,0.299";

    static final String IN_USE_IT =
            "1,0.531,-0.262,0.555,-0.245,0.029,-0.095,0.118,0.991,0.212,0.352,-1.015,0.494,0.753,0.621,-0.436,-0.055";
    static final int FOLDS = 5;
    static final double[] GRID = {-1, -0.5, -0.3, -0.2, -0.1, 0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3};

    /** One judged query with its first hits. */
    record Row(int collection, String group, String text, List<Long> ids, double[][] features, Set<Long> relevant) {}

    private SecondStageTraining() {}

    public static void main(String[] args) throws Exception {
        Path faqDev = Path.of(System.getProperty("caredesk.faq.dir", "../shared/data/faq-dev"));
        List<FaqCollection> collections = new ArrayList<>();
        if (Files.isRegularFile(faqDev.resolve(StackFaqReader.FILE))) {
            collections.add(StackFaqReader.read(faqDev));
        }
        if (Files.isRegularFile(faqDev.resolve(Qa4FaqReader.FAQS))) {
            collections.add(Qa4FaqReader.read(faqDev));
        }
        if (collections.isEmpty()) {
            System.out.println("second-stage training skipped: no FAQ collection in " + faqDev);
            return;
        }
        System.out.println("features: " + RankingCandidate.featureNames());
        for (FaqCollection collection : collections) {
            String language = collection.language();
            double[] current = parse(System.getProperty(
                    "caredesk.rerank.weights." + language, language.equals("it") ? IN_USE_IT : IN_USE_EN));
            evaluate(collection, rows(0, collection), current);
        }
    }

    /** Cross-validates, then learns on all of one collection's queries (one language, one vector). */
    private static void evaluate(FaqCollection collection, List<Row> rows, double[] current) {
        int n = 1;
        String name = collection.name();
        long found = rows.stream()
                .filter(r -> r.ids().stream().anyMatch(r.relevant()::contains))
                .count();
        System.out.printf(
                "%n%s: answer among the first %d hits for %d of %d queries%n", name, DEPTH, found, rows.size());
        System.out.println("weights in use " + Arrays.toString(current) + ": MRR@10 " + format(mrr(rows, current, n)));

        // Folds by answering FAQ, shuffled with a fixed seed so the run is repeatable.
        List<String> groups = new ArrayList<>(
                new LinkedHashSet<>(rows.stream().map(Row::group).toList()));
        Collections.shuffle(groups, new Random(20261207L));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            fold.put(groups.get(i), i % FOLDS);
        }
        List<Double> heldOut = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            int f = k;
            List<Row> train =
                    rows.stream().filter(r -> fold.get(r.group()) != f).toList();
            List<Row> test = rows.stream().filter(r -> fold.get(r.group()) == f).toList();
            double[] w = ascend(train, current, n);
            System.out.printf(
                    "fold %d: weights %s, train %s, held out %s%n",
                    k, Arrays.toString(w), format(mrr(train, w, n)), format(mrr(test, w, n)));
            for (Row row : test) {
                heldOut.add(reciprocalRank(row, w));
            }
        }
        double mean =
                heldOut.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(
                "cross-validated MRR@10 %s: %.4f (weights in use: %.4f)%n", name, mean, mrr(rows, current, n)[0]);
        double[] all = ascend(rows, current, n);
        System.out.println("learned on all queries " + Arrays.toString(all) + ": MRR@10 " + format(mrr(rows, all, n)));
        if (Boolean.getBoolean("caredesk.rerank.misses")) {
            Map<Long, String> titles = new HashMap<>();
            collection.articles().forEach(a -> titles.put(a.id(), a.title()));
            for (Row row : rows) {
                double r = reciprocalRank(row, all);
                if (r < 1) {
                    System.out.printf(
                            "miss %.2f %s%n    want: %s | top: %s%n",
                            r,
                            row.text(),
                            titles.get(row.relevant().iterator().next()),
                            row.ids().isEmpty() ? "-" : titles.get(top(row, all)));
                }
            }
        }
    }

    private static List<Row> rows(int c, FaqCollection collection) throws IOException {
        List<Row> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("kb-rerank");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(collection.articles());
            for (FaqCollection.Query query : collection.queries()) {
                List<RankingCandidate> candidates =
                        index.rankingCandidates(new SearchRequest(query.text(), collection.language(), 10, 0), DEPTH);
                double[][] features = candidates.stream()
                        .map(r -> r.features().stream()
                                .mapToDouble(Double::doubleValue)
                                .toArray())
                        .toArray(double[][]::new);
                rows.add(new Row(
                        c,
                        c + ":" + query.relevant().iterator().next(),
                        query.text(),
                        candidates.stream().map(RankingCandidate::id).toList(),
                        features,
                        query.relevant()));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        return rows;
    }

    static final String METHOD = System.getProperty("caredesk.rerank.method", "pairwise");
    /** Pairs weighed by how much swapping them in the first stage's order changes the reciprocal rank. */
    static final boolean LAMBDA = Boolean.getBoolean("caredesk.rerank.lambda");

    static final int PAIR_DEPTH = Integer.getInteger("caredesk.rerank.pairs", 20);
    static final double L2 = Double.parseDouble(System.getProperty("caredesk.rerank.l2", "0.0001"));

    static double[] ascend(List<Row> rows, double[] start, int collections) {
        return METHOD.equals("pairwise") ? pairwise(rows, start, collections) : coordinate(rows, start, collections);
    }

    /**
     * Pairwise logistic regression (each judged answer against every other hit of its query), L2-
     * regularised, full-batch gradient descent; each collection weighs the same whatever its number of
     * queries. Smoother than searching MRR directly, so the weights move less from fold to fold.
     * Scaled so that the first weight is 1.
     */
    static double[] pairwise(List<Row> rows, double[] start, int collections) {
        int d = start.length;
        List<double[]> diffs = new ArrayList<>();
        List<Double> pairWeight = new ArrayList<>();
        int[] perCollection = new int[collections];
        rows.forEach(r -> perCollection[r.collection()]++);
        for (Row row : rows) {
            int rel = -1;
            for (int i = 0; i < row.ids().size(); i++) {
                if (row.relevant().contains(row.ids().get(i))) {
                    rel = i;
                    break;
                }
            }
            if (rel < 0 || row.ids().size() < 2) {
                continue;
            }
            int others = Math.min(PAIR_DEPTH, row.ids().size()) - (rel < PAIR_DEPTH ? 1 : 0);
            for (int j = 0; j < Math.min(PAIR_DEPTH, row.ids().size()); j++) {
                if (j == rel || row.relevant().contains(row.ids().get(j))) {
                    continue;
                }
                double[] diff = new double[d];
                for (int k = 0; k < d; k++) {
                    diff[k] = row.features()[rel][k] - row.features()[j][k];
                }
                diffs.add(diff);
                double swap = LAMBDA ? Math.abs(1.0 / (rel + 1) - 1.0 / (j + 1)) : 1.0;
                pairWeight.add(swap / others / perCollection[row.collection()]);
            }
        }
        double[] w = start.clone();
        double rate = 20;
        for (int step = 0; step < 3000; step++) {
            double[] grad = new double[d];
            for (int p = 0; p < diffs.size(); p++) {
                double[] x = diffs.get(p);
                double margin = 0;
                for (int k = 0; k < d; k++) {
                    margin += w[k] * x[k];
                }
                double g = -pairWeight.get(p) / (1 + Math.exp(margin));
                for (int k = 0; k < d; k++) {
                    grad[k] += g * x[k];
                }
            }
            for (int k = 0; k < d; k++) {
                w[k] -= rate * (grad[k] / collections + L2 * w[k]);
            }
        }
        double scale = w[0] > 0 ? w[0] : 1;
        for (int k = 0; k < d; k++) {
            w[k] = Math.round(w[k] / scale * 1000) / 1000.0;
        }
        return w;
    }

    /** Coordinate ascent from {@code start}, the first weight fixed at 1. */
    static double[] coordinate(List<Row> rows, double[] start, int collections) {
        double[] w = start.clone();
        double best = objective(rows, w, collections);
        for (int pass = 0; pass < 4; pass++) {
            boolean moved = false;
            for (int k = 1; k < w.length; k++) {
                double keep = w[k];
                for (double value : GRID) {
                    w[k] = value;
                    double score = objective(rows, w, collections);
                    if (score > best + 1e-9) {
                        best = score;
                        keep = value;
                        moved = true;
                    }
                }
                w[k] = keep;
            }
            if (!moved) {
                break;
            }
        }
        return w;
    }

    private static double objective(List<Row> rows, double[] w, int collections) {
        return Arrays.stream(mrr(rows, w, collections)).average().orElse(0);
    }

    static double[] mrr(List<Row> rows, double[] w, int collections) {
        double[] sum = new double[collections];
        int[] count = new int[collections];
        for (Row row : rows) {
            sum[row.collection()] += reciprocalRank(row, w);
            count[row.collection()]++;
        }
        for (int c = 0; c < collections; c++) {
            sum[c] = count[c] == 0 ? 0 : sum[c] / count[c];
        }
        return sum;
    }

    /** Reciprocal rank within the first 10 after re-ordering the candidates by the weighted sum (stable). */
    static double reciprocalRank(Row row, double[] w) {
        int n = row.ids().size();
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            for (int k = 0; k < w.length; k++) {
                score[i] += w[k] * row.features()[i][k];
            }
        }
        Arrays.sort(order, (a, b) -> Float.compare((float) score[b], (float) score[a]));
        for (int r = 0; r < Math.min(RankingMetrics.K, n); r++) {
            if (row.relevant().contains(row.ids().get(order[r]))) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }

    private static long top(Row row, double[] w) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < row.ids().size(); i++) {
            double score = 0;
            for (int k = 0; k < w.length; k++) {
                score += w[k] * row.features()[i][k];
            }
            if ((float) score > (float) bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return row.ids().get(best);
    }

    private static double[] parse(String text) {
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String format(double[] values) {
        StringBuilder out = new StringBuilder();
        for (double v : values) {
            out.append(String.format("%.3f ", v));
        }
        return out.toString().strip();
    }
}
