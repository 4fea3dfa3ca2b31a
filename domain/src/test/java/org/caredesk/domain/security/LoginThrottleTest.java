package org.caredesk.domain.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aLoginIsLockedAfterRepeatedFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("Alice@Example.com");
        }
        assertFalse(throttle.isLocked("alice@example.com"));
        throttle.failed("alice@example.com ");
        assertTrue(throttle.isLocked("ALICE@example.com"), "case and spaces do not give extra attempts");
        assertFalse(throttle.isLocked("bob@example.com"), "other logins are not affected");
    }

    @Test
    void theLockEndsAfterTheLockoutAndSuccessClearsFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("bob@example.com");
        }
        clock.advance(LoginThrottle.LOCKOUT.plusSeconds(1));
        assertFalse(throttle.isLocked("bob@example.com"));

        throttle.failed("carol@example.com");
        throttle.succeeded("carol@example.com");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("carol@example.com");
        }
        assertFalse(throttle.isLocked("carol@example.com"), "a success starts the count again");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
