package org.caredesk.domain.cases;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A case as staff see it: everything, internal notes included, with its version for optimistic locking.
 * The timeline holds the messages and notes, the files the consumer attached, the consumer closing or
 * reopening the case and their rating, in time order; {@code attachments} lists every file of the case.
 */
// Null fields are written as null, not left out: the contract names "rating" and "mergedInto" even when empty.
@JsonbNillable
public record CaseDetail(
        String caseNumber,
        String subject,
        String status,
        String priority,
        String channel,
        String language,
        String product,
        Long customerId,
        String customerName,
        String contactEmail,
        String contactPhone,
        String assignee,
        String assigneeName,
        String sentiment,
        boolean hazard,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        Instant firstResponseAt,
        SlaClock sla,
        long version,
        List<Entry> timeline,
        List<AttachmentInfo> attachments,
        Rating rating,
        String mergedInto,
        List<String> linked,
        String team,
        Long alertId) {

    /**
     * One thing on the timeline. {@code author} is consumer, agent or system; notes are {@code internal};
     * {@code kind} is message, note, attachment, closed, reopened, rating, merged_into, merged_from,
     * linked, unlinked, split_to or split_from (these name the other case in {@code text}); {@code authorName} is the staff
     * member's name for agent entries (null otherwise).
     */
    public record Entry(
            long id,
            Instant at,
            String author,
            String direction,
            String channel,
            boolean internal,
            String text,
            String sentiment,
            List<String> hazards,
            String kind,
            String authorName,
            List<AttachmentInfo> attachments,
            Integer score) {}

    /** The consumer's rating of the outcome (CSAT 1-5) with their comment. */
    public record Rating(int score, String comment, Instant at) {}
}
