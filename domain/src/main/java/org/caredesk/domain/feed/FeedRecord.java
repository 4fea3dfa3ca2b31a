package org.caredesk.domain.feed;

import java.time.Instant;

/** A feed event as read back: its {@code data} is already JSON. */
public record FeedRecord(long seq, String type, Instant at, String dataJson) {}
