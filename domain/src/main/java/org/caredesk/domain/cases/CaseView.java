package org.caredesk.domain.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as its consumer sees it: no internal notes, no other consumer's data. {@code rating} is
 * null until the consumer rated the outcome; {@code canRate} says whether they may now. {@code mergedInto} names the case a duplicate was merged into
 * (the consumer's code opens that one too), null otherwise.
 */
public record CaseView(
        String caseNumber,
        String subject,
        String status,
        String product,
        Instant createdAt,
        Instant updatedAt,
        List<TimelineEntry> timeline,
        List<AttachmentInfo> attachments,
        Rating rating,
        boolean canRate,
        String mergedInto) {

    /**
     * One public message of the case. {@code from} is "consumer", "agent" or "system"; {@code name} is the
     * answering agent's first name (null for others, or replies from before names were kept).
     */
    public record TimelineEntry(Instant at, String from, String text, String name) {}

    /** The consumer's rating of the outcome. */
    public record Rating(int score, String comment, Instant at) {}

    public boolean closed() {
        return "closed".equals(status);
    }

    public boolean reopenable() {
        return "closed".equals(status) || "resolved".equals(status);
    }
}
