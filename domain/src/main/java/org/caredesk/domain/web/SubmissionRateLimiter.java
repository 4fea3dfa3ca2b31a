package org.caredesk.domain.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.domain.platform.CareDeskSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits anonymous case submissions per client address to CAREDESK_ANON_LIMIT a minute
 * (0: no limit), over a sliding minute. Signed-in customers are never held by it.
 */
@ApplicationScoped
public class SubmissionRateLimiter {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    protected SubmissionRateLimiter() {
        this.limit = 0;
        this.clock = null;
    }

    @Inject
    public SubmissionRateLimiter(CareDeskSettings settings, Clock clock) {
        this(settings.anonymousLimitPerMinute(), clock);
    }

    SubmissionRateLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Counts a submission from {@code client}. Empty when it may go ahead; otherwise the seconds
     * after which the client may try again.
     */
    public OptionalLong acquire(String client) {
        if (limit <= 0) {
            return OptionalLong.empty();
        }
        if (recent.size() > MAX_CLIENTS) {
            recent.clear(); // many distinct addresses: forget rather than run out of memory
        }
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long waitMillis = Duration.between(now, times.peekFirst().plus(WINDOW)).toMillis();
                return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
            }
            times.addLast(now);
            return OptionalLong.empty();
        }
    }
}
