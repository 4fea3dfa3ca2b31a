package org.caredesk.domain.cases;

import java.time.Instant;
import java.util.List;

/** A case as its consumer sees it: no internal notes, no other consumer's data. */
public record CaseView(String caseNumber, String subject, String status, String product, Instant createdAt,
                       Instant updatedAt, List<TimelineEntry> timeline) {

    /** One public message of the case. {@code from} is "consumer" or "agent". */
    public record TimelineEntry(Instant at, String from, String text) {
    }
}
