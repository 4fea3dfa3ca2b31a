package org.caredesk.domain.chat;

import java.util.Locale;

/** A chat waits for an agent, is active once one accepted it, and ends. */
public enum ChatStatus {
    WAITING,
    ACTIVE,
    ENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
