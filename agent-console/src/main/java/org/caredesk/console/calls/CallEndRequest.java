package org.caredesk.console.calls;

/** A PBX ends a call: how long it lasted and how it went (answered, missed, voicemail…). */
public record CallEndRequest(Integer durationSeconds, String outcome) {}
