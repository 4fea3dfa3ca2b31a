package org.caredesk.domain.cases.search;

import java.util.List;
import org.caredesk.domain.cases.QueueEntry;

/** A page of found cases, how many matched (at least, when {@code totalIsLowerBound}), which page of what size. */
public record CaseHits(List<QueueEntry> cases, long total, boolean totalIsLowerBound, int page, int pageSize) {
    public CaseHits {
        cases = List.copyOf(cases);
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }
}
