package org.caredesk.domain.mail;

import java.time.Instant;

/** A mail in the outbox as staff see it. */
public record OutboxMailView(
        long id,
        String to,
        String subject,
        String text,
        MailStatus status,
        Instant createdAt,
        Instant sentAt,
        int attempts,
        String lastError) {}
