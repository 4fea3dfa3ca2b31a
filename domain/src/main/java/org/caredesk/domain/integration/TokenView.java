package org.caredesk.domain.integration;

import java.time.Instant;

/** A token as the supervisor's list shows it: never the token itself. */
public record TokenView(
        long id, String name, Instant createdAt, String createdBy, Instant lastUsedAt, Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
