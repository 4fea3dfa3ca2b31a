package org.caredesk.domain.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrackingCodeGuardTest {
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final TrackingCodeGuard guard = new TrackingCodeGuard(clock);

    @Test
    void tenWrongCodesHoldTheAddressForTheRestOfTenMinutes() {
        for (int i = 0; i < TrackingCodeGuard.MISSES_PER_TEN_MINUTES; i++) {
            assertTrue(guard.mayTry("10.0.0.5").isEmpty(), "guess " + (i + 1));
            guard.missed("10.0.0.5");
            clock.advance(Duration.ofSeconds(6));
        }
        assertEquals(540, guard.mayTry("10.0.0.5").orElseThrow(), "ten minutes after the first miss");
        assertTrue(guard.mayTry("10.0.0.6").isEmpty(), "another address has its own allowance");
        clock.advance(Duration.ofSeconds(540));
        assertTrue(guard.mayTry("10.0.0.5").isEmpty(), "the first miss left the window");
    }

    @Test
    void lookingWithoutMissingNeverHolds() {
        for (int i = 0; i < 1_000; i++) {
            assertTrue(guard.mayTry("10.0.0.7").isEmpty());
        }
    }

    @Test
    void messagesWrittenWithACodeAreLimitedPerMinute() {
        for (int i = 0; i < TrackingCodeGuard.MESSAGES_PER_MINUTE; i++) {
            assertTrue(guard.acquireMessage("10.0.0.8").isEmpty());
        }
        assertEquals(60, guard.acquireMessage("10.0.0.8").orElseThrow());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(guard.acquireMessage("10.0.0.8").isEmpty());
    }
}
