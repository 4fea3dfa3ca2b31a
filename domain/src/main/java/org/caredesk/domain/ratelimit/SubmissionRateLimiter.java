package org.caredesk.domain.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Limits anonymous case submissions per client address to CAREDESK_ANON_LIMIT a minute
 * (0: no limit), over a sliding minute. Signed-in customers are never held by it.
 */
@ApplicationScoped
public class SubmissionRateLimiter {
    private final SlidingWindowLimit limit;

    protected SubmissionRateLimiter() {
        this.limit = null;
    }

    @Inject
    public SubmissionRateLimiter(CareDeskSettings settings, Clock clock, RateLimitStore store) {
        this(settings.anonymousLimitPerMinute(), clock, store);
    }

    SubmissionRateLimiter(int limit, Clock clock) {
        this(limit, clock, RateLimitStore.local());
    }

    SubmissionRateLimiter(int limit, Clock clock, RateLimitStore store) {
        Duration minute = Duration.ofMinutes(1);
        this.limit = new SlidingWindowLimit(limit, minute, clock, store.actions("anonymous-submissions", minute));
    }

    /**
     * Counts a submission from {@code client}. Empty when it may go ahead; otherwise the seconds
     * after which the client may try again.
     */
    public OptionalLong acquire(String client) {
        return limit.acquire(client);
    }
}
