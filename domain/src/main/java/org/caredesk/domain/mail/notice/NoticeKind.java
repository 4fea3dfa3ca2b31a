package org.caredesk.domain.mail.notice;

import java.util.Locale;
import java.util.Optional;

/** The transactional mails a consumer receives about a case. */
public enum NoticeKind {
    ACKNOWLEDGEMENT,
    REPLY,
    RESOLUTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeKind> fromWire(String value) {
        for (NoticeKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
