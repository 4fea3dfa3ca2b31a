package org.caredesk.kb.casesearch;

import java.util.List;

/**
 * One page of case numbers, best first, and how many cases matched: exactly, or at least {@code total}
 * when {@code totalIsLowerBound} (counting every match of a broad query over a million cases would cost
 * more than the search).
 */
public record CaseMatches(List<String> numbers, long total, boolean totalIsLowerBound) {
    public CaseMatches {
        numbers = List.copyOf(numbers);
    }
}
