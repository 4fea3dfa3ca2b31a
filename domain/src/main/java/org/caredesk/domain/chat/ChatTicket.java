package org.caredesk.domain.chat;

/** What the consumer gets when a chat starts: its id and the key that reopens it after a reload. */
public record ChatTicket(long chatId, String key) {}
