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

    @Inject
    public AccountMailLimiter(Clock clock) {
        this.limit = new SlidingWindowLimit(PER_HOUR, Duration.ofHours(1), clock);
    }

    /** Empty when a mail may be requested from {@code client}; otherwise the seconds to wait. */
    public OptionalLong acquire(String client) {
        return limit.acquire(client);
    }
}
