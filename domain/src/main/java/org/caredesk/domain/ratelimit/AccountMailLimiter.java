package org.caredesk.domain.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Limits the requests that make CareDesk send mail to an address someone typed (registration,
 * password reset) to 20 an hour per client address, so nobody can use the portal to flood a
 * mailbox or fill the outbox.
 */
@ApplicationScoped
public class AccountMailLimiter {
    static final int PER_HOUR = 20;

    private final SlidingWindowLimit limit;

    protected AccountMailLimiter() {
        this.limit = null;
    }

    AccountMailLimiter(Clock clock) {
        this(clock, RateLimitStore.local());
    }

    @Inject
    public AccountMailLimiter(Clock clock, RateLimitStore store) {
        Duration hour = Duration.ofHours(1);
        this.limit = new SlidingWindowLimit(PER_HOUR, hour, clock, store.actions("account-mail", hour));
    }

    /** Empty when a mail may be requested from {@code client}; otherwise the seconds to wait. */
    public OptionalLong acquire(String client) {
        return limit.acquire(client);
    }
}
