package org.caredesk.kb;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The second stage of a search: re-orders the first {@value #DEPTH} hits by a weighted sum of
 * {@link MatchFeatures} (the first-stage score's share of the best, and how much of the query the
 * title and body say). A help title is a question, and a query that rewords it shares most of its
 * rare words and leaves few of the title's unmatched, which BM25 (a sum over the query's words)
 * does not see.
 *
 * <p>The weights ({@link #ENGLISH}, {@link #ITALIAN}) were learned on the public FAQ collections'
 * development queries (pairwise logistic regression, one vector per language on that language's
 * collection: English answers are long threads of several replies, Italian ones a few lines, and one
 * vector for both served each worse), checked by five-fold cross-validation grouped by the answering
 * FAQ, so that no FAQ's queries were both learned from and scored (docs/benchmarks.md). The
 * first-stage weight is fixed at 1: only ratios matter.
 */
final class SecondStage {

    static final int DEPTH = 20;

    /** In the order of {@link MatchFeatures#NAMES}: learned on StackFAQ dev. */
    static final double[] ENGLISH = {
        1, -0.017, -0.139, 0.238, -0.45, 0.001, -0.418, 0.597, 0.523, 0.463, 0.528, 0.306, 0.071, -0.229, 0.493, 0.219,
        0.299
    };

    /** In the order of {@link MatchFeatures#NAMES}: learned on QA4FAQ dev. */
    static final double[] ITALIAN = {
        1, 0.531, -0.262, 0.555, -0.245, 0.029, -0.095, 0.118, 0.991, 0.212, 0.352, -1.015, 0.494, 0.753, 0.621, -0.436,
        -0.055
    };

    private final MatchFeatures features;
    private final Map<Language, double[]> weights = new EnumMap<>(Language.class);

    SecondStage(MatchFeatures features) {
        this(features, Map.of(Language.EN, ENGLISH, Language.IT, ITALIAN));
    }

    SecondStage(MatchFeatures features, Map<Language, double[]> weights) {
        for (Language language : Language.values()) {
            double[] w = weights.get(language);
            if (w == null || w.length != MatchFeatures.COUNT) {
                throw new IllegalArgumentException("expected " + MatchFeatures.COUNT + " weights for " + language
                        + ", got " + (w == null ? "none" : w.length));
            }
            this.weights.put(language, w.clone());
        }
        this.features = features;
    }

    /** Re-orders {@code top} (best first, as collected) in place; past {@value #DEPTH} nothing moves. */
    void rerank(IndexSearcher searcher, String query, ScoreDoc[] top, TitleOverlap.Hits hits) throws IOException {
        int n = Math.min(DEPTH, top.length);
        if (n < 2 || top[0].score <= 0) {
            return;
        }
        double[][] f = features.of(searcher, query, top, n, hits);
        for (int i = 0; i < n; i++) {
            Language language = hits.get(top[i].doc).language();
            top[i] = new ScoreDoc(top[i].doc, (float) score(language, f[i]), top[i].shardIndex);
        }
        // Stable: equal scores keep the first stage's order.
        Arrays.sort(top, 0, n, (a, b) -> Float.compare(b.score, a.score));
    }

    double score(Language language, double[] f) {
        double[] w = weights.get(language);
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k] * f[k];
        }
        return sum;
    }

    /** The feature vectors of the first {@code n} hits, unchanged order: what the weights are learned from. */
    List<double[]> featuresOf(IndexSearcher searcher, String query, ScoreDoc[] top, int n, TitleOverlap.Hits hits)
            throws IOException {
        if (n == 0 || top[0].score <= 0) {
            return List.of();
        }
        return List.of(features.of(searcher, query, top, n, hits));
    }
}
