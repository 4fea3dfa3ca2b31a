package org.caredesk.domain.calls;

/**
 * The feed event of a call ringing at {@code agent} (a staff login): consoles deliver it to that agent's
 * consoles only. {@code customerName} is null for a caller CareDesk does not know.
 */
public record CallRinging(long callId, String agent, String from, String to, Long customerId, String customerName) {}
