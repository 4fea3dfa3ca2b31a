package org.caredesk.domain.escalation;

import java.time.Instant;

/** A console notice: {@code kind} escalated (detail: the SLA that broke), for one case. */
public record StaffNoticeView(
        long id, String kind, String caseNumber, String detail, Instant createdAt, boolean read) {}
