package org.caredesk.domain.cases;

import org.caredesk.domain.cases.sla.SlaClock;

import java.time.Instant;
import java.util.List;

/** A case as staff see it: everything, internal notes included, with its version for optimistic locking. */
public record CaseDetail(String caseNumber, String subject, String status, String priority, String channel,
                         String language, String product, Long customerId, String customerName, String contactEmail,
                         String contactPhone, String assignee, String assigneeName, String sentiment, boolean hazard,
                         List<String> tags, Instant createdAt, Instant updatedAt, String updatedBy,
                         Instant firstResponseAt, SlaClock sla, long version, List<Entry> timeline) {

    /** One contact of the case. {@code author} is consumer, agent or system; notes are {@code internal}. */
    public record Entry(long id, Instant at, String author, String direction, String channel, boolean internal,
                        String text, String sentiment, List<String> hazards) {
    }
}
