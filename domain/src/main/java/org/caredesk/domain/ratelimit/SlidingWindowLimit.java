package org.caredesk.domain.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code limit} actions per key (a client address) within any {@code window}; 0 means no limit. */
final class SlidingWindowLimit {
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    SlidingWindowLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an action for {@code key}. Empty when it may go ahead; otherwise the seconds until it may. */
    OptionalLong acquire(String key) {
        if (limit <= 0) {
            return OptionalLong.empty();
        }
        if (recent.size() > MAX_KEYS) {
            recent.clear(); // many distinct addresses: forget rather than run out of memory
        }
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(key, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long waitMillis = Duration.between(now, times.peekFirst().plus(window)).toMillis();
                return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
            }
            times.addLast(now);
            return OptionalLong.empty();
        }
    }
}
