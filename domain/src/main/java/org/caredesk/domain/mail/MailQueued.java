package org.caredesk.domain.mail;

/** Fired when a mail has been written to the outbox; delivered once the writing transaction commits. */
public record MailQueued(long outboxId) {}
