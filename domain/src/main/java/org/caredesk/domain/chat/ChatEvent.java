package org.caredesk.domain.chat;

/**
 * The {@code data} of a {@code chat.message} feed event. {@code kind} is started, accepted,
 * message, typing or ended; {@code from} is consumer or agent (null for started/accepted/ended
 * by the system); {@code line} is the new message for kind message.
 */
public record ChatEvent(
        long chatId, String kind, String from, String visitor, String agent, String agentEmail, ChatLine line) {}
