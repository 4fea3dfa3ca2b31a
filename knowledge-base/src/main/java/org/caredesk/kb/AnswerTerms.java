package org.caredesk.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Each distinct stem's positions, ascending. */
    private final Map<String, int[]> positions;
    /** The distinct stems between spaces (" a b c "), for finding a stem inside a longer one in one scan. */
    private final String joined;

    AnswerTerms(List<AnalyzedTerm> terms) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (AnalyzedTerm term : terms) {
            at.computeIfAbsent(term.text(), t -> new ArrayList<>()).add(term.position());
        }
        positions = new HashMap<>();
        at.forEach((stem, list) ->
                positions.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
        joined = " " + String.join(" ", positions.keySet()) + " ";
    }

    /** The positions of {@code stem}, ascending; empty when the answer does not have it. */
    int[] positions(String stem) {
        return positions.getOrDefault(stem, NONE);
    }

    boolean has(String stem) {
        return positions.containsKey(stem);
    }

    /**
     * Whether the answer has {@code stem}, a word that contains it, or a word of at least {@code
     * minLength} letters that it contains ({@code stem} itself at least that long for the last two).
     */
    boolean hasForm(String stem, int minLength) {
        if (has(stem)) {
            return true;
        }
        if (stem.length() < minLength) {
            return false;
        }
        if (joined.contains(stem)) {
            return true;
        }
        for (int length = minLength; length < stem.length(); length++) {
            for (int start = 0; start + length <= stem.length(); start++) {
                if (has(stem.substring(start, start + length))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int[] NONE = new int[0];

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
