package org.caredesk.domain.team;

/** A calendar as a supervisor wrote it; {@code teamId} null for the global one. */
public record WorkCalendarView(Long teamId, String timeZone, String week, String holidays) {}
