package org.caredesk.domain.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow the next attempt. After {@code freeFailures} failures within the window,
 * each further attempt must wait twice as long as the one before, up to {@code maxDelay}: guessing
 * slows to a crawl while the owner, who needs one attempt, waits at most {@code maxDelay} and is
 * never locked out. Failures older than the window are forgotten.
 */
public record ThrottlePolicy(int freeFailures, Duration maxDelay, Duration window) {
    /** Per account: 5 free failures, then 1 s, 2 s, 4 s … up to a minute. */
    public static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    /** Per client address (password spraying over many accounts): 20 free failures, then up to 5 minutes. */
    public static final ThrottlePolicy ADDRESS = new ThrottlePolicy(20, Duration.ofMinutes(5), Duration.ofMinutes(15));

    /** How long an attempt must still wait after {@code failures} failures, the last at {@code last}; zero: go ahead. */
    public Duration wait(int failures, Instant last, Instant now) {
        if (failures < freeFailures || now.isAfter(last.plus(window))) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Failures of a record last failed at {@code last} that still count at {@code now}. */
    public boolean expired(Instant last, Instant now) {
        return now.isAfter(last.plus(window));
    }
}
