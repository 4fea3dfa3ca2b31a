package org.caredesk.domain.ratelimit;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SubmissionRateLimiterTest {
    private final TestClock clock = new TestClock();

    @Test
    void theLimitHoldsPerAddressOverASlidingMinute() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(3, clock);
        assertTrue(limiter.acquire("10.0.0.1").isEmpty());
        clock.advance(Duration.ofSeconds(20));
        assertTrue(limiter.acquire("10.0.0.1").isEmpty());
        assertTrue(limiter.acquire("10.0.0.1").isEmpty());

        OptionalLong retryAfter = limiter.acquire("10.0.0.1");
        assertEquals(40, retryAfter.orElseThrow(), "the oldest submission leaves the window in 40 s");
        assertTrue(limiter.acquire("10.0.0.2").isEmpty(), "another address has its own allowance");

        clock.advance(Duration.ofSeconds(41));
        assertTrue(limiter.acquire("10.0.0.1").isEmpty());
    }

    @Test
    void aFloodOfOtherAddressesNeverReleasesOneThatIsHeld() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, clock);
        limiter.acquire("203.0.113.1");
        limiter.acquire("203.0.113.1");
        assertTrue(limiter.acquire("203.0.113.1").isPresent(), "held after its two");
        for (int i = 0; i <= 100_001; i++) {
            limiter.acquire("flood-" + i);
        }
        assertTrue(limiter.acquire("203.0.113.1").isPresent(), "the flood released the held address");
    }

    @Test
    void zeroTurnsTheLimitOff() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(0, clock);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(limiter.acquire("10.0.0.1").isEmpty());
        }
    }

    @Test
    void accountMailsAreLimitedPerAddressOverAnHour() {
        AccountMailLimiter limiter = new AccountMailLimiter(clock);
        for (int i = 0; i < AccountMailLimiter.PER_HOUR; i++) {
            assertTrue(limiter.acquire("10.0.0.9").isEmpty());
        }
        assertEquals(3_600, limiter.acquire("10.0.0.9").orElseThrow());
        assertTrue(limiter.acquire("10.0.0.8").isEmpty(), "another address has its own allowance");
        clock.advance(Duration.ofHours(1));
        assertTrue(limiter.acquire("10.0.0.9").isEmpty());
    }

    private static final class TestClock extends java.time.Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
