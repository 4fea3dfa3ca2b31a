package org.caredesk.domain.calls;

import java.time.Instant;

/** A call as its agent's console shows it; {@code caseNumber} the case it is about (null: none chosen yet). */
public record CallView(
        long callId,
        String from,
        String to,
        String agent,
        Long customerId,
        String caseNumber,
        Instant startedAt,
        Instant endedAt,
        Integer durationSeconds,
        String outcome,
        String note) {
    static CallView of(PhoneCall c) {
        return new CallView(
                c.getId(),
                c.getCallerNumber(),
                c.getDialledLine(),
                c.getAgentLogin(),
                c.getCustomer() == null ? null : c.getCustomer().getId(),
                c.getSupportCase() == null ? null : c.getSupportCase().getCaseNumber(),
                c.getStartedAt(),
                c.getEndedAt(),
                c.getDurationSeconds(),
                c.getOutcome(),
                c.getNote());
    }

    public boolean ended() {
        return endedAt != null;
    }
}
