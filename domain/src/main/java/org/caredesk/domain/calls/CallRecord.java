package org.caredesk.domain.calls;

/** The text of a call's contact on the timeline: who called which line, how it went, and the agent's note. */
final class CallRecord {
    private CallRecord() {}

    static String text(PhoneCall call, Integer durationSeconds, String outcome) {
        StringBuilder text = new StringBuilder("Call from ").append(call.getCallerNumber());
        if (call.getDialledLine() != null) {
            text.append(" to ").append(call.getDialledLine());
        }
        if (outcome != null) {
            int seconds = durationSeconds == null ? 0 : durationSeconds;
            text.append(": ")
                    .append(outcome)
                    .append(", ")
                    .append(seconds / 60)
                    .append(':')
                    .append(String.format("%02d", seconds % 60));
        }
        if (call.getNote() != null) {
            text.append("\n\n").append(call.getNote());
        }
        return text.toString();
    }
}
