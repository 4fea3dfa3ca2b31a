package org.caredesk.domain.csat;

import java.time.Instant;

/** A consumer's rating with their comment, for the supervisor's list of the latest ones. */
public record CsatComment(String caseNumber, int score, String comment, String agent, String product, Instant at) {}
