package org.caredesk.domain.mail.inbound;

/** A mail that cannot be read; the message says why, for the quarantine list. */
public class UnparseableMail extends Exception {
    public UnparseableMail(String reason, Throwable cause) {
        super(reason, cause);
    }
}
