package org.caredesk.domain.chat;

import java.time.Instant;

/** One chat message as both sides show it; {@code from} is "consumer" or "agent". */
public record ChatLine(long id, String from, String text, Instant at) {}
