package org.caredesk.domain.mail;

import java.util.Objects;

/**
 * A plain-text mail to one recipient. {@code threading} carries the headers that put it in the
 * consumer's thread (absent for account mails such as a verification link). A campaign mail also
 * has an HTML alternative ({@code html}, else null) and a one-click unsubscribe address
 * ({@code listUnsubscribe}, the URL for the List-Unsubscribe header, else null).
 */
public record OutgoingMail(
        String to, String subject, String text, MailThreading threading, String html, String listUnsubscribe) {
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: '" + to + "'");
        }
        threading = threading == null ? MailThreading.NONE : threading;
    }

    public OutgoingMail(String to, String subject, String text, MailThreading threading) {
        this(to, subject, text, threading, null, null);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, MailThreading.NONE);
    }
}
