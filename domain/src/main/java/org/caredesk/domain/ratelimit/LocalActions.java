package org.caredesk.domain.ratelimit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Recent actions in this instance's memory: the limit of a single instance (or of each member, without a grid). */
final class LocalActions implements RecentActions {
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> admit(String key, Instant now, Instant since, int limit, boolean count) {
        if (recent.size() > MAX_KEYS) {
            // Many distinct addresses: drop those with nothing in the window, never the ones still held
            // (clearing everything would let a flood of made-up addresses release every limit).
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(since);
                }
            });
        }
        Deque<Instant> times = count ? recent.computeIfAbsent(key, c -> new ArrayDeque<>()) : recent.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(times.peekFirst());
            }
            if (count) {
                times.addLast(now);
            }
            return Optional.empty();
        }
    }
}
