package org.caredesk.kb.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void reciprocalRankOfTheFirstAnswerWithinTen() {
        assertEquals(1.0, RankingMetrics.reciprocalRank(List.of(7L, 3L), Set.of(7L)), 1e-9);
        assertEquals(1.0 / 3, RankingMetrics.reciprocalRank(List.of(1L, 2L, 7L, 8L), Set.of(7L, 8L)), 1e-9);
        List<Long> eleven = LongStream.rangeClosed(1, 11).boxed().toList();
        assertEquals(0.0, RankingMetrics.reciprocalRank(eleven, Set.of(11L)), 1e-9);
    }

    @Test
    void ndcgAgainstTheIdealOrderOfAllAnswers() {
        // Answers 5 and 6 at ranks 2 and 3; ideally at 1 and 2.
        double dcg = 1 / log2(3) + 1 / log2(4);
        double ideal = 1 + 1 / log2(3);
        assertEquals(dcg / ideal, RankingMetrics.ndcg(List.of(1L, 5L, 6L), Set.of(5L, 6L)), 1e-9);
        assertEquals(1.0, RankingMetrics.ndcg(List.of(5L), Set.of(5L)), 1e-9);
    }

    @Test
    void averagesOverTheQueriesAdded() {
        RankingMetrics metrics = new RankingMetrics();
        metrics.add(List.of(1L), Set.of(1L));
        metrics.add(List.of(2L, 1L), Set.of(1L));

        assertEquals(0.75, metrics.mrr(), 1e-9);
        assertEquals(2, metrics.queries());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
