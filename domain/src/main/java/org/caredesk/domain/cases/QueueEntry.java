package org.caredesk.domain.cases;

import java.time.Instant;
import java.util.List;

/** One row of the agents' queue, with its SLA timers and the version a change from this row must carry. */
public record QueueEntry(
        String caseNumber,
        String subject,
        String status,
        String priority,
        String channel,
        String language,
        String product,
        String customer,
        String sentiment,
        boolean hazard,
        String assignee,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        SlaClock sla,
        long version) {}
