package org.caredesk.domain.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.caredesk.domain.platform.LoopbackGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The limits counted in a real Hazelcast member (the grid Payara runs), alone on loopback: no multicast, no
 * other member, no phone home. Two stores on it stand for two cluster members' limiters: what one counts, the
 * other sees (ClusterIT checks the same across two real instances).
 */
class GridActionsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private HazelcastInstance grid;

    @BeforeEach
    void aMemberOnLoopbackOnly() {
        grid = LoopbackGrid.member("caredesk-ratelimit-test-" + UUID.randomUUID());
    }

    @AfterEach
    void stop() {
        if (grid != null) {
            grid.shutdown();
        }
    }

    @Test
    void wrongCodesCountedByOneMemberHoldTheAddressOnTheOther() {
        TrackingCodeGuard first = new TrackingCodeGuard(clock, new RateLimitStore(grid));
        TrackingCodeGuard second = new TrackingCodeGuard(clock, new RateLimitStore(grid));
        for (int i = 0; i < TrackingCodeGuard.MISSES_PER_TEN_MINUTES; i++) {
            TrackingCodeGuard member = i % 2 == 0 ? first : second;
            assertTrue(member.mayTry("10.0.0.5").isEmpty(), "guess " + (i + 1));
            member.missed("10.0.0.5");
        }
        assertEquals(600, first.mayTry("10.0.0.5").orElseThrow(), "held on the first member");
        assertEquals(600, second.mayTry("10.0.0.5").orElseThrow(), "held on the second member");
        assertTrue(second.mayTry("10.0.0.6").isEmpty(), "another address has its own allowance");
    }

    @Test
    void anonymousSubmissionsAreLimitedOnceForTheWholeCluster() {
        SubmissionRateLimiter first = new SubmissionRateLimiter(3, clock, new RateLimitStore(grid));
        SubmissionRateLimiter second = new SubmissionRateLimiter(3, clock, new RateLimitStore(grid));
        assertTrue(first.acquire("10.0.0.9").isEmpty());
        assertTrue(second.acquire("10.0.0.9").isEmpty());
        assertTrue(first.acquire("10.0.0.9").isEmpty());
        assertEquals(60, second.acquire("10.0.0.9").orElseThrow(), "the fourth in a minute, on either member");
        assertEquals(60, first.acquire("10.0.0.9").orElseThrow());
    }

    @Test
    void aGridThatIsGoneCountsInMemoryInsteadOfFailingTheRequest() {
        AccountMailLimiter limiter = new AccountMailLimiter(clock, new RateLimitStore(grid));
        assertTrue(limiter.acquire("10.0.0.8").isEmpty());
        grid.shutdown();
        grid = null;
        // The one mail counted in the grid went with it: this instance counts afresh, and still limits.
        for (int i = 0; i < AccountMailLimiter.PER_HOUR; i++) {
            assertTrue(limiter.acquire("10.0.0.8").isEmpty(), "mail " + (i + 1) + " counted in memory");
        }
        assertEquals(3600, limiter.acquire("10.0.0.8").orElseThrow(), "held by this instance's own count");
    }
}
