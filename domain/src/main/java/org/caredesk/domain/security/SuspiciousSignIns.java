package org.caredesk.domain.security;

import java.time.Instant;

/** An account or client address with more failed sign-ins than a person makes: shown to supervisors. */
public record SuspiciousSignIns(String kind, String subject, int failures, Instant firstFailure, Instant lastFailure) {}
