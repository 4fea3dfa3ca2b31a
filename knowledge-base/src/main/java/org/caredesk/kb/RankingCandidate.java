package org.caredesk.kb;

import java.util.List;

/**
 * One of a query's first hits as the search's second stage sees it, before it re-orders them: for
 * measuring and learning the second stage's weights on judged queries, not for pages.
 *
 * @param id       the article
 * @param features in the order of {@link #featureNames()}
 */
public record RankingCandidate(long id, List<Double> features) {

    public RankingCandidate {
        features = List.copyOf(features);
    }

    /** What each feature is, in order. */
    public static List<String> featureNames() {
        return MatchFeatures.NAMES;
    }
}
