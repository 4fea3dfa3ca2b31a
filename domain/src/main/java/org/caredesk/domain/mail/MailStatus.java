package org.caredesk.domain.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Committed, waiting for delivery. */
    PENDING,
    /** Claimed by one delivery attempt, so two applications never send it twice. */
    SENDING,
    SENT,
    /** The SMTP server refused it or could not be reached; the error is kept. */
    FAILED,
    /** No SMTP server is configured (demo mode): kept in the outbox for staff to read. */
    HELD
}
