package org.caredesk.domain.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * At most {@code limit} actions per key (a client address) within any {@code window}; 0 means no limit. The
 * actions are kept in {@link RecentActions}: this instance's memory, or the grid every member of a cluster shares.
 */
final class SlidingWindowLimit {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final RecentActions recent;

    SlidingWindowLimit(int limit, Duration window, Clock clock) {
        this(limit, window, clock, new LocalActions());
    }

    SlidingWindowLimit(int limit, Duration window, Clock clock, RecentActions recent) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.recent = recent;
    }

    /** Counts an action for {@code key}. Empty when it may go ahead; otherwise the seconds until it may. */
    OptionalLong acquire(String key) {
        if (limit <= 0) {
            return OptionalLong.empty();
        }
        return check(key, true);
    }

    /** Whether {@code key} is held now, without counting an action: empty when it may go ahead. */
    OptionalLong peek(String key) {
        if (limit <= 0) {
            return OptionalLong.empty();
        }
        return check(key, false);
    }

    private OptionalLong check(String key, boolean count) {
        Instant now = clock.instant();
        Optional<Instant> oldest = recent.admit(key, now, now.minus(window), limit, count);
        if (oldest.isEmpty()) {
            return OptionalLong.empty();
        }
        long waitMillis = Duration.between(now, oldest.get().plus(window)).toMillis();
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }
}
