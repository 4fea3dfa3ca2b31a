package org.caredesk.kb.realtext;

import java.util.List;
import java.util.Set;

/** MRR@10 and nDCG@10 with binary relevance (an answer or not), averaged over the queries added. */
final class RankingMetrics {

    static final int K = 10;

    private double reciprocalRanks;
    private double ndcgs;
    private int queries;

    void add(List<Long> ranked, Set<Long> relevant) {
        reciprocalRanks += reciprocalRank(ranked, relevant);
        ndcgs += ndcg(ranked, relevant);
        queries++;
    }

    double mrr() {
        return queries == 0 ? 0 : reciprocalRanks / queries;
    }

    double ndcg() {
        return queries == 0 ? 0 : ndcgs / queries;
    }

    int queries() {
        return queries;
    }

    static double reciprocalRank(List<Long> ranked, Set<Long> relevant) {
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double ndcg(List<Long> ranked, Set<Long> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(K, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
