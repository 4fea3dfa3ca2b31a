package org.caredesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {
    private static final VerifiedCredentials.Verified ALICE =
            new VerifiedCredentials.Verified("alice@example.com", Set.of("customer"), 3);

    /** A clock the test moves by hand: expiry is checked without waiting. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T00:00:00Z");

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
    private final VerifiedCredentials cache = new VerifiedCredentials(clock, Duration.ofSeconds(60), 3);

    @Test
    void theSameEmailAndPasswordAreRecalledWithWhatTheCheckGave() {
        cache.remember("alice@example.com", "secret-1".toCharArray(), ALICE);
        assertEquals(Optional.of(ALICE), cache.recall("alice@example.com", "secret-1".toCharArray()));
        assertEquals(
                Optional.of(ALICE),
                cache.recall(" Alice@Example.com", "secret-1".toCharArray()),
                "the e-mail as the identity store reads it");
    }

    @Test
    void anotherPasswordOrAnotherSplitOfTheSameTextIsNotRecalled() {
        cache.remember("alice@example.com", "secret-1".toCharArray(), ALICE);
        assertEquals(Optional.empty(), cache.recall("alice@example.com", "secret-2".toCharArray()));
        assertEquals(Optional.empty(), cache.recall("alice@example.com", "Secret-1".toCharArray()));
        assertEquals(Optional.empty(), cache.recall("alice@example.co", "msecret-1".toCharArray()));
        assertEquals(Optional.empty(), cache.recall("bob@example.com", "secret-1".toCharArray()));
    }

    @Test
    void anEntryLivesOnlyItsTimeToLive() {
        cache.remember("alice@example.com", "secret-1".toCharArray(), ALICE);
        clock.advance(Duration.ofSeconds(59));
        assertTrue(cache.recall("alice@example.com", "secret-1".toCharArray()).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), cache.recall("alice@example.com", "secret-1".toCharArray()));
        assertEquals(0, cache.size(), "the expired entry is gone, not just hidden");
    }

    @Test
    void theMapNeverHoldsMoreThanItsCapacityAndTheLeastRecentlyUsedGoesFirst() {
        for (int i = 0; i < 3; i++) {
            cache.remember("user" + i + "@example.com", "pw".toCharArray(), ALICE);
        }
        cache.recall("user0@example.com", "pw".toCharArray()); // used again: kept
        cache.remember("user3@example.com", "pw".toCharArray(), ALICE);
        assertEquals(3, cache.size());
        assertTrue(cache.recall("user0@example.com", "pw".toCharArray()).isPresent());
        assertEquals(Optional.empty(), cache.recall("user1@example.com", "pw".toCharArray()));
    }

    @Test
    void aForgottenCredentialIsCheckedAfresh() {
        cache.remember("alice@example.com", "secret-1".toCharArray(), ALICE);
        cache.forget("alice@example.com", "secret-1".toCharArray());
        assertEquals(Optional.empty(), cache.recall("alice@example.com", "secret-1".toCharArray()));
    }

    @Test
    void aCacheWithoutRoomOrTimeIsRefused() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new VerifiedCredentials(clock, Duration.ZERO, 10));
        assertEquals("A positive capacity and time to live, not 10 and PT0S", error.getMessage());
    }
}
