package org.caredesk.domain.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials checked a moment ago, so that an API client sending the same e-mail and
 * password on every request does not pay a 600,000-iteration PBKDF2 check each time (which also made
 * every Basic request a CPU lever for anyone).
 * <p>
 * Kept safely: an entry is found only by an HMAC of e-mail and password under a key drawn at random
 * per instance (no password, nor a hash anyone could attack offline, stays in memory); it lives for a
 * short time; the map is bounded (the eldest entry goes when full); and each entry carries the user's
 * session epoch at the check, which the caller compares with the database's on use, so a password
 * change or reset, an erasure or a role change ends it at once on every instance.
 */
public final class VerifiedCredentials {
    /** What a verified credential gave: the caller, their groups, and their session epoch at the check. */
    public record Verified(String caller, Set<String> groups, int epoch) {
        public Verified {
            groups = Set.copyOf(groups);
        }
    }

    private record Entry(Verified verified, Instant expires) {}

    private final Clock clock;
    private final Duration timeToLive;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    public VerifiedCredentials(Clock clock, Duration timeToLive, int capacity) {
        if (capacity < 1 || timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException(
                    "A positive capacity and time to live, not " + capacity + " and " + timeToLive);
        }
        this.clock = clock;
        this.timeToLive = timeToLive;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The earlier check of exactly this e-mail and password, while it is fresh. */
    public synchronized Optional<Verified> recall(String login, char[] password) {
        String id = id(login, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(id);
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    /** Remembers a check that succeeded, with the epoch read before it (so a change meanwhile voids it). */
    public synchronized void remember(String login, char[] password, Verified verified) {
        entries.put(id(login, password), new Entry(verified, clock.instant().plus(timeToLive)));
    }

    /** Forgets this credential (its epoch turned out stale). */
    public synchronized void forget(String login, char[] password) {
        entries.remove(id(login, password));
    }

    synchronized int size() {
        return entries.size();
    }

    private String id(String login, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(normalised(login).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // e-mail and password apart: "ab"+"c" is not "a"+"bc"
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            mac.update(raw);
            Arrays.fill(raw, (byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String normalised(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
