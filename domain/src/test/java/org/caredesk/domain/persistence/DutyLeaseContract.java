package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.caredesk.domain.platform.DutyLeases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Once-only duties across instances: one holder at a time, renewal, take-over when a lease runs out. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class DutyLeaseContract extends DatabaseContract {
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void oneInstanceHoldsADutyUntilItsLeaseRunsOutThenAnotherTakesOver() {
        assertTrue(claim("first", 0, DutyLeases.EARLY_WARNING_SCAN), "a free duty is taken");
        assertFalse(claim("second", 10, DutyLeases.EARLY_WARNING_SCAN), "not while the first holds it");
        assertTrue(claim("first", 50, DutyLeases.EARLY_WARNING_SCAN), "the holder renews");
        assertFalse(claim("second", 100, DutyLeases.EARLY_WARNING_SCAN), "the renewed lease runs to 110 s");
        assertTrue(claim("second", 111, DutyLeases.EARLY_WARNING_SCAN), "the first stopped renewing: taken over");
        assertFalse(claim("first", 120, DutyLeases.EARLY_WARNING_SCAN), "and the first does not take it back");
        assertTrue(claim("first", 0, DutyLeases.FEED_RETENTION), "each duty has its own lease");
        release("first", 1, DutyLeases.FEED_RETENTION);
        assertTrue(claim("second", 2, DutyLeases.FEED_RETENTION), "a released duty is free at once");
    }

    private void release(String holder, long atSecond, String duty) {
        Clock clock = Clock.fixed(T0.plusSeconds(atSecond), ZoneOffset.UTC);
        jpa.inTransaction(em -> {
            new DutyLeases(em, clock, holder).release(duty);
            return null;
        });
    }

    private boolean claim(String holder, long atSecond, String duty) {
        Clock clock = Clock.fixed(T0.plusSeconds(atSecond), ZoneOffset.UTC);
        return jpa.inTransaction(em -> new DutyLeases(em, clock, holder).claim(duty, LEASE));
    }
}
