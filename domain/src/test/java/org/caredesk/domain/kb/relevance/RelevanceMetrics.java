package org.caredesk.domain.kb.relevance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** MRR@10 and nDCG@10 of ranked ids against graded judgments, averaged over queries. */
final class RelevanceMetrics {

    static final int K = 10;

    private double reciprocalRanks;
    private double ndcgs;
    private int queries;

    /** Adds one query's ranking (best first; only the first {@value #K} count). */
    void add(List<Long> ranked, Map<Long, Integer> grades) {
        reciprocalRanks += reciprocalRank(ranked, grades);
        ndcgs += ndcg(ranked, grades);
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

    /** 1/rank of the first article with any positive grade in the top {@value #K}; 0 if none. */
    static double reciprocalRank(List<Long> ranked, Map<Long, Integer> grades) {
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** DCG with gains 2^grade − 1 and log2(rank + 1) discounts, over the ideal ordering's DCG. */
    static double ndcg(List<Long> ranked, Map<Long, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal =
                grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
