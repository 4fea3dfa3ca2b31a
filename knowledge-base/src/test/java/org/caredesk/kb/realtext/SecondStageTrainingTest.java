package org.caredesk.kb.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondStageTrainingTest {

    /** Two candidates: the first stage puts the wrong one first; the second feature marks the right one. */
    private static SecondStageTraining.Row row(int collection, long id) {
        return new SecondStageTraining.Row(
                collection,
                collection + ":" + id,
                "query " + id,
                List.of(id + 100, id),
                new double[][] {{1.0, 0.0}, {0.9, 1.0}},
                Set.of(id));
    }

    @Test
    void reciprocalRankFollowsTheWeightedSum() {
        SecondStageTraining.Row row = row(0, 1);

        assertEquals(0.5, SecondStageTraining.reciprocalRank(row, new double[] {1, 0}), 1e-9);
        assertEquals(1.0, SecondStageTraining.reciprocalRank(row, new double[] {1, 0.2}), 1e-9);
    }

    @Test
    void pairwiseLearningPutsTheJudgedAnswerFirst() {
        List<SecondStageTraining.Row> rows = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            rows.add(row((int) (id % 2), id));
        }

        double[] w = SecondStageTraining.pairwise(rows, new double[] {1, 0}, 2);

        assertTrue(w[1] > 0.1, "the feature that marks the answer gains weight: " + w[1]);
        assertEquals(1.0, SecondStageTraining.mrr(rows, w, 2)[0], 1e-9);
        assertEquals(1.0, SecondStageTraining.mrr(rows, w, 2)[1], 1e-9);
    }
}
