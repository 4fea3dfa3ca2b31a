package org.caredesk.domain.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles by nearest rank: the smallest value with at least {@code p} of the values at or below it. */
final class Percentiles {
    private Percentiles() {}

    static Integer nearestRank(List<Integer> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
