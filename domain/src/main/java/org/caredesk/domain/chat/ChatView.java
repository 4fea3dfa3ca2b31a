package org.caredesk.domain.chat;

import java.time.Instant;
import java.util.List;

/** A chat with its conversation so far. {@code agent} is the accepting agent's display name, or null. */
public record ChatView(
        long id,
        String status,
        String visitor,
        String language,
        String agent,
        String agentEmail,
        Instant startedAt,
        List<ChatLine> lines) {}
