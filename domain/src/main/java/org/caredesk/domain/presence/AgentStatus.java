package org.caredesk.domain.presence;

/** One staff member on the supervision board. */
public record AgentStatus(String email, String name, String role, String status, long openCases, long activeChats) {}
