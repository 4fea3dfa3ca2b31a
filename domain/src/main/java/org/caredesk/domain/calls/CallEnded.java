package org.caredesk.domain.calls;

/** The feed event of a call that ended, for its agent's consoles only. */
public record CallEnded(long callId, String agent, int durationSeconds, String outcome) {}
