package org.caredesk.kb;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The second stage of a search: re-orders the first {@value #DEPTH} hits by a weighted sum of
 * {@link MatchFeatures} (the first-stage score's share of the best, and how much of the query the
 * title and body say). A help title is a question, and a query that rewords it shares most of its
 * rare words and leaves few of the title's unmatched, which BM25 (a sum over the query's words)
 * does not see.
 *
 * <p>The weights ({@link #WEIGHTS}) were learned on the public FAQ collections' development queries
 * (coordinate ascent on MRR@10, both languages at once, one vector for both), checked by five-fold
 * cross-validation grouped by the answering FAQ, so that no FAQ's queries were both learned from and
 * scored (docs/benchmarks.md). The first-stage weight is fixed at 1: only ratios matter.
 */
final class SecondStage {

    static final int DEPTH = 20;

    /** In the order of {@link MatchFeatures#NAMES}. */
    static final double[] WEIGHTS = {
        1, 0.137, 0.134, 0.536, -0.147, -0.073, -0.138, 0.307, 0.749, 0.402, 0.537, -0.478, 0.347
    };

    private final MatchFeatures features;
    private final double[] weights;

    SecondStage(MatchFeatures features) {
        this(features, WEIGHTS);
    }

    SecondStage(MatchFeatures features, double[] weights) {
        if (weights.length != MatchFeatures.COUNT) {
            throw new IllegalArgumentException("expected " + MatchFeatures.COUNT + " weights, got " + weights.length);
        }
        this.features = features;
        this.weights = weights.clone();
    }

    /** Re-orders {@code top} (best first, as collected) in place; past {@value #DEPTH} nothing moves. */
    void rerank(IndexSearcher searcher, String query, ScoreDoc[] top, TitleOverlap.Hits hits) throws IOException {
        int n = Math.min(DEPTH, top.length);
        if (n < 2 || top[0].score <= 0) {
            return;
        }
        double[][] f = features.of(searcher, query, top, n, hits);
        for (int i = 0; i < n; i++) {
            top[i] = new ScoreDoc(top[i].doc, (float) score(f[i]), top[i].shardIndex);
        }
        // Stable: equal scores keep the first stage's order.
        Arrays.sort(top, 0, n, (a, b) -> Float.compare(b.score, a.score));
    }

    double score(double[] f) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * f[k];
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
