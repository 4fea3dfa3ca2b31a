package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one login within
 * the window, that login is refused for {@link #LOCKOUT} whatever the password. Kept per
 * instance; a cluster multiplies the allowance by its size, which still defeats guessing.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String login) {
        Failures f = failures.get(key(login));
        return f != null && f.count() >= MAX_FAILURES && clock.instant().isBefore(f.last().plus(LOCKOUT));
    }

    public void failed(String login) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of made-up logins must not exhaust memory
        }
        Instant now = clock.instant();
        failures.merge(key(login), new Failures(1, now), (old, one) ->
                now.isAfter(old.last().plus(LOCKOUT)) ? one : new Failures(old.count() + 1, now));
    }

    public void succeeded(String login) {
        failures.remove(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
