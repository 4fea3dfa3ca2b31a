package org.caredesk.domain.kb.feedback;

import java.time.Instant;

/** A comment left with a vote. */
public record FeedbackComment(boolean helpful, String text, Instant at) {}
