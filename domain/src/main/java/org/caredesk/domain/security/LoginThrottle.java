package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.caredesk.domain.platform.SqlTimes;

/**
 * Slows password guessing per account and per client address ({@link ThrottlePolicy}), in the
 * database so that every instance counts the same failures. The table is bounded: rows past the
 * window are deleted, and above {@link #MAX_ROWS} the least-failed oldest rows go first, so a flood
 * of made-up logins never wipes the record of a real attack. Crossing the free allowance is logged
 * and listed for supervisors ({@link #suspicious()}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottle {
    static final int MAX_ROWS = 100_000;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    private final EntityManager entityManager;
    private final Clock clock;
    private final int maxRows;
    private final java.util.concurrent.atomic.AtomicInteger inserts = new java.util.concurrent.atomic.AtomicInteger();

    protected LoginThrottle() {
        this(null, null);
    }

    @Inject
    public LoginThrottle(EntityManager entityManager, Clock clock) {
        this(entityManager, clock, MAX_ROWS);
    }

    /** With another bound on the table, so tests can reach it. */
    public LoginThrottle(EntityManager entityManager, Clock clock, int maxRows) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** What an attempt finds: how long it must wait before a password is even checked (zero: go ahead). */
    public record Attempt(Duration delay, boolean accountHasFailures) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Attempt attempt(String login, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(ACCOUNT + key(login), ThrottlePolicy.ACCOUNT, now);
        Duration client = address == null
                ? Duration.ZERO
                : wait(ADDRESS + address, ThrottlePolicy.ADDRESS, now).orElse(Duration.ZERO);
        Duration longest =
                account.orElse(Duration.ZERO).compareTo(client) >= 0 ? account.orElse(Duration.ZERO) : client;
        return new Attempt(longest, account.isPresent());
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        record(ACCOUNT + key(login), ThrottlePolicy.ACCOUNT, now);
        if (address != null) {
            record(ADDRESS + address, ThrottlePolicy.ADDRESS, now);
        }
    }

    /** The owner got in: that account starts afresh (the address does not, or a sprayer could reset it). */
    public void succeeded(String login) {
        entityManager
                .createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?1")
                .setParameter(1, ACCOUNT + key(login))
                .executeUpdate();
    }

    /** Accounts and addresses past their free allowance within the window, most failures first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuspiciousSignIns> suspicious() {
        Instant since = clock.instant().minus(ThrottlePolicy.ACCOUNT.window());
        List<?> rows = entityManager
                .createNativeQuery("SELECT throttle_key, failures, first_failure_at, last_failure_at "
                        + "FROM sign_in_throttle WHERE last_failure_at > ?1 AND failures >= ?2 ORDER BY failures DESC")
                .setParameter(1, Timestamp.from(since))
                .setParameter(2, ThrottlePolicy.ACCOUNT.freeFailures())
                .setMaxResults(200)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> {
                    String k = (String) r[0];
                    boolean account = k.startsWith(ACCOUNT);
                    return new SuspiciousSignIns(
                            account ? "account" : "address",
                            k.substring(k.indexOf(':') + 1),
                            ((Number) r[1]).intValue(),
                            SqlTimes.instant(r[2]),
                            SqlTimes.instant(r[3]));
                })
                .filter(s -> s.kind().equals("account") || s.failures() >= ThrottlePolicy.ADDRESS.freeFailures())
                .toList();
    }

    /** Empty when the key has no failures on record. */
    private Optional<Duration> wait(String key, ThrottlePolicy policy, Instant now) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT failures, last_failure_at FROM sign_in_throttle WHERE throttle_key = ?1")
                .setParameter(1, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(policy.wait(((Number) row[0]).intValue(), SqlTimes.instant(row[1]), now));
    }

    private void record(String key, ThrottlePolicy policy, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(policy.window()));
        // A failure after the window starts the count again; otherwise it adds one.
        int updated = entityManager
                .createNativeQuery("UPDATE sign_in_throttle SET "
                        + "failures = CASE WHEN last_failure_at < ?2 THEN 1 ELSE failures + 1 END, "
                        + "first_failure_at = CASE WHEN last_failure_at < ?2 THEN ?1 ELSE first_failure_at END, "
                        + "last_failure_at = ?1 WHERE throttle_key = ?3")
                .setParameter(1, at)
                .setParameter(2, windowStart)
                .setParameter(3, key)
                .executeUpdate();
        if (updated == 0) {
            if (inserts.incrementAndGet() % Math.min(256, maxRows / 4 + 1) == 0) { // not a count on every insert
                keepBounded(now);
            }
            entityManager
                    .createNativeQuery("INSERT INTO sign_in_throttle (throttle_key, failures, first_failure_at, "
                            + "last_failure_at) VALUES (?1, 1, ?2, ?2)")
                    .setParameter(1, key)
                    .setParameter(2, at)
                    .executeUpdate();
            return;
        }
        Number failures = (Number) entityManager
                .createNativeQuery("SELECT failures FROM sign_in_throttle WHERE throttle_key = ?1")
                .setParameter(1, key)
                .getSingleResult();
        if (failures.intValue() == policy.freeFailures()) {
            LOG.warning(() -> "Suspicious sign-in activity: " + failures + " failed sign-ins for " + key + " within "
                    + policy.window().toMinutes() + " minutes; further attempts are slowed");
        }
    }

    /** Forgets what has expired; above the bound, the rows that matter least (fewest failures, oldest) first. */
    private void keepBounded(Instant now) {
        Timestamp expired = Timestamp.from(now.minus(ThrottlePolicy.ADDRESS.window()));
        entityManager
                .createNativeQuery("DELETE FROM sign_in_throttle WHERE last_failure_at < ?1")
                .setParameter(1, expired)
                .executeUpdate();
        long rows = ((Number) entityManager
                        .createNativeQuery("SELECT COUNT(*) FROM sign_in_throttle")
                        .getSingleResult())
                .longValue();
        if (rows >= maxRows) {
            int excess = (int) (rows - maxRows) + maxRows / 10;
            entityManager
                    .createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key IN (SELECT throttle_key "
                            + "FROM sign_in_throttle ORDER BY failures, last_failure_at LIMIT " + excess + ")")
                    .executeUpdate();
        }
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
