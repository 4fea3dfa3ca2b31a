package org.caredesk.domain.cases;

import java.util.List;

/**
 * The most urgent cases of the queue that fit on a page, and how many matched in all: an agent must
 * know when the list is not the whole queue.
 */
public record QueueSlice(List<QueueEntry> cases, int total) {
    public QueueSlice {
        cases = List.copyOf(cases);
    }

    /** More cases matched than are shown. */
    public boolean capped() {
        return total > cases.size();
    }
}
