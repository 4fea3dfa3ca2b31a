package org.caredesk.domain.cases;

import java.time.Instant;

/** A case as the queue and the live feed show it. */
public record CaseSummary(
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
        Instant createdAt,
        Instant updatedAt) {

    public static CaseSummary of(SupportCase c) {
        String customer = c.getCustomer() != null
                ? c.getCustomer().getDisplayName()
                : c.getConsumerDetails().name();
        return new CaseSummary(
                c.getCaseNumber(),
                c.getSubject(),
                c.getStatus().wireName(),
                c.getPriority().name().toLowerCase(java.util.Locale.ROOT),
                c.getChannel().wireName(),
                c.getLanguage(),
                c.productName(),
                customer,
                c.getSentiment(),
                c.isHazard(),
                c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
