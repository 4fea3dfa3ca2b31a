package org.caredesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {
    private static final Instant LAST = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void fiveFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
        ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
        assertEquals(Duration.ZERO, account.wait(4, LAST, LAST));
        assertEquals(Duration.ofSeconds(1), account.wait(5, LAST, LAST));
        assertEquals(Duration.ofSeconds(2), account.wait(6, LAST, LAST));
        assertEquals(Duration.ofSeconds(16), account.wait(9, LAST, LAST));
        assertEquals(
                Duration.ofSeconds(6),
                account.wait(9, LAST, LAST.plusSeconds(10)),
                "the wait runs from the last failure");
    }

    @Test
    void theOwnerIsSlowedButNeverLockedOut() {
        ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
        // 100,000 guesses later the owner still gets an attempt within a minute of the last failure.
        assertEquals(Duration.ofMinutes(1), account.wait(100_000, LAST, LAST));
        assertEquals(Duration.ZERO, account.wait(100_000, LAST, LAST.plusSeconds(61)));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        ThrottlePolicy address = ThrottlePolicy.ADDRESS;
        assertTrue(address.wait(25, LAST, LAST).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, address.wait(25, LAST, LAST.plus(Duration.ofMinutes(16))));
        assertTrue(address.expired(LAST, LAST.plus(Duration.ofMinutes(16))));
    }
}
