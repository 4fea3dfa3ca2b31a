package org.caredesk.domain.platform;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Timestamps read by native queries: H2 gives {@link OffsetDateTime} for {@code TIMESTAMP WITH TIME ZONE},
 * PostgreSQL's driver {@link java.sql.Timestamp} or {@link OffsetDateTime}, a converter {@link Instant}.
 */
public final class SqlTimes {
    private SqlTimes() {}

    /** The instant {@code value} stands for; null for SQL NULL. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
