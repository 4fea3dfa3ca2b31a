package org.caredesk.domain.ratelimit;

import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recent actions in a map of the data grid (Payara's Hazelcast), so every member counts the same actions: two
 * members behind a load balancer allow the limit once, not once each. A key's actions are epoch milliseconds
 * (a plain {@code long[]}, which every member reads without the application's classes), changed under the key's
 * grid lock, and the entry expires one window after its last action. Should the grid fail (a member lost in
 * the middle of a call), the action is counted in this instance's memory instead: a limit is no reason to fail
 * a request.
 */
final class GridActions implements RecentActions {
    private static final Logger LOG = Logger.getLogger(GridActions.class.getName());
    /** A lock a member took and could not release (killed) is freed after this. */
    private static final long LOCK_LEASE_SECONDS = 10;

    private final IMap<String, long[]> map;
    private final Duration window;
    private final RecentActions fallback;
    /** Whether the grid's failure has been reported since it last worked: one warning per outage, not per request. */
    private final AtomicBoolean reported = new AtomicBoolean();

    GridActions(IMap<String, long[]> map, Duration window, RecentActions fallback) {
        this.map = map;
        this.window = window;
        this.fallback = fallback;
    }

    @Override
    public Optional<Instant> admit(String key, Instant now, Instant since, int limit, boolean count) {
        try {
            Optional<Instant> answer =
                    count ? countUnderLock(key, now, since, limit) : held(map.get(key), since, limit);
            reported.set(false);
            return answer;
        } catch (RuntimeException e) {
            if (reported.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Rate limits counted in this instance only while the grid fails (" + e + ")", e);
            }
            return fallback.admit(key, now, since, limit, count);
        }
    }

    private Optional<Instant> countUnderLock(String key, Instant now, Instant since, int limit) {
        map.lock(key, LOCK_LEASE_SECONDS, TimeUnit.SECONDS);
        try {
            long[] kept = inWindow(map.get(key), since);
            if (kept.length >= limit) {
                return Optional.of(Instant.ofEpochMilli(kept[0]));
            }
            long[] next = Arrays.copyOf(kept, kept.length + 1);
            next[kept.length] = now.toEpochMilli();
            map.set(key, next, window.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } finally {
            map.unlock(key);
        }
    }

    private static Optional<Instant> held(long[] times, Instant since, int limit) {
        long[] kept = inWindow(times, since);
        return kept.length >= limit ? Optional.of(Instant.ofEpochMilli(kept[0])) : Optional.empty();
    }

    /** The actions after {@code since}, oldest first. */
    private static long[] inWindow(long[] times, Instant since) {
        if (times == null) {
            return new long[0];
        }
        long after = since.toEpochMilli();
        return Arrays.stream(times).filter(t -> t > after).toArray();
    }
}
