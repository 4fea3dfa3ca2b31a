package org.caredesk.domain.contact;

import java.util.Locale;
import java.util.Optional;

/** How a contact reached the company. */
public enum Channel {
    WEB,
    EMAIL,
    PHONE,
    CHAT,
    SOCIAL,
    IMPORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Channel channel : values()) {
            if (channel.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
