package org.caredesk.domain.webhook;

import java.time.Instant;

/** A line of a webhook's delivery log: the latest answer of its receiver and when it is tried next (if it is). */
public record WebhookDeliveryView(
        long id,
        long webhookId,
        String event,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Integer responseStatus,
        String responseBody,
        String error) {}
