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
        if (recent.size() > MAX_KEYS) {
            // Many distinct addresses: drop those with nothing in the window, never the ones still held
            // (clearing everything would let a flood of made-up addresses release every limit).
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(window));
                }
            });
        }
        Deque<Instant> times = count ? recent.computeIfAbsent(key, c -> new ArrayDeque<>()) : recent.get(key);
        if (times == null) {
            return OptionalLong.empty();
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long waitMillis =
                        Duration.between(now, times.peekFirst().plus(window)).toMillis();
                return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
            }
            if (count) {
                times.addLast(now);
            }
            return OptionalLong.empty();
        }
    }
}
