package org.caredesk.kb;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An answer's (a body's) analysed stems in the order written, with their positions: what {@link
 * AnswerMatch} needs to see where the query's words stand in an answer and which longer or shorter
 * forms of them it uses. Analysed once per article, on first need, and kept with its stored hit
 * ({@link StoredHits}): an answer never changes within an index segment.
 */
final class AnswerTerms {

    /** Enough for where an answer's point is made; a longer body is cut here, as the cost grows with it. */
    static final int MAX_TERMS = 2_000;

    static final AnswerTerms EMPTY = new AnswerTerms(List.of());

    final String[] stems;
    final int[] positions;
    final Set<String> distinct;

    AnswerTerms(List<AnalyzedTerm> terms) {
        stems = new String[terms.size()];
        positions = new int[terms.size()];
        distinct = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            stems[i] = terms.get(i).text();
            positions[i] = terms.get(i).position();
            distinct.add(stems[i]);
        }
    }

    /** Computes the terms once, on first {@link #get}, and keeps them. */
    static final class Memo {
        private volatile AnswerTerms value;

        AnswerTerms get(Supplier<AnswerTerms> analyse) {
            AnswerTerms terms = value;
            if (terms == null) {
                // Two threads may both analyse: same result, and cheaper than a lock on every search.
                terms = analyse.get();
                value = terms;
            }
            return terms;
        }
    }
}
