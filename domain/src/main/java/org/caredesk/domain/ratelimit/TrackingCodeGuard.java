package org.caredesk.domain.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Whoever holds a case number and its tracking code may read the case and write in it without
 * signing in. Guessing codes is therefore limited per client address: after
 * {@value #MISSES_PER_TEN_MINUTES} wrong number-and-code pairs within ten minutes the address waits,
 * however right its next guess. Someone following their own case never misses, so is never held.
 * Messages written with a code are limited too ({@value #MESSAGES_PER_MINUTE} a minute per address),
 * so a code does not open a channel for flooding an agent's queue.
 */
@ApplicationScoped
public class TrackingCodeGuard {
    public static final int MISSES_PER_TEN_MINUTES = 10;
    public static final int MESSAGES_PER_MINUTE = 10;

    private final SlidingWindowLimit misses;
    private final SlidingWindowLimit messages;

    protected TrackingCodeGuard() {
        this.misses = null;
        this.messages = null;
    }

    TrackingCodeGuard(Clock clock) {
        this(clock, RateLimitStore.local());
    }

    @Inject
    public TrackingCodeGuard(Clock clock, RateLimitStore store) {
        Duration tenMinutes = Duration.ofMinutes(10);
        Duration minute = Duration.ofMinutes(1);
        this.misses = new SlidingWindowLimit(
                MISSES_PER_TEN_MINUTES, tenMinutes, clock, store.actions("tracking-code-misses", tenMinutes));
        this.messages = new SlidingWindowLimit(
                MESSAGES_PER_MINUTE, minute, clock, store.actions("tracking-code-messages", minute));
    }

    /** Empty when {@code client} may try a code now; otherwise the seconds to wait. */
    public OptionalLong mayTry(String client) {
        return misses.peek(client);
    }

    /** A number and code that matched no case. */
    public void missed(String client) {
        misses.acquire(client);
    }

    /** Counts a message written with a tracking code: empty when it may go ahead, else the seconds to wait. */
    public OptionalLong acquireMessage(String client) {
        return messages.acquire(client);
    }
}
