package org.caredesk.domain.presence;

/** The {@code data} of a {@code presence} feed event. */
public record PresenceChange(String agent, String name, String status) {}
