package org.caredesk.domain.mail;

import java.util.Objects;

/** A plain-text mail to one recipient. */
public record OutgoingMail(String to, String subject, String text) {
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: '" + to + "'");
        }
    }
}
