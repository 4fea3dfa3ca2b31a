package org.caredesk.console.calls;

/** A PBX announces a call: the caller's number, the line dialled (optional), the agent's login or extension. */
public record CallRequest(String from, String to, String agent) {}
