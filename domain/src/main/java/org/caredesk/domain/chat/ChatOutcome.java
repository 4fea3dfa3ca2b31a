package org.caredesk.domain.chat;

/** How a chat command went: done, not found (or not yours), or refused because of the chat's state. */
public enum ChatOutcome {
    DONE,
    NOT_FOUND,
    CONFLICT
}
