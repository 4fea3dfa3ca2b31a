package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.caredesk.domain.security.LoginThrottle;
import org.caredesk.domain.security.SuspiciousSignIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sign-in throttling in the shared table, on every supported database: counts shared by every
 * instance, the owner never locked out, and a flood of made-up logins that fills the table does not
 * wipe the record of the real attack.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SignInThrottleContract extends DatabaseContract {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));

    @BeforeParameterizedClassInvocation
    void open() {}

    @Test
    void twoInstancesCountTheSameFailuresAndTheOwnerGetsInAfterTheWait() {
        LoginThrottle first = new LoginThrottle(jpa.entityManager(), clock);
        LoginThrottle second = new LoginThrottle(jpa.entityManager(), clock);
        String victim = "victim-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < 5; i++) {
            LoginThrottle instance = i % 2 == 0 ? first : second;
            String address = "10.0.0." + i % 3;
            jpa.inTransaction(em -> {
                instance.failed(victim, address);
                return null;
            });
        }
        LoginThrottle.Attempt held = jpa.inTransaction(em -> second.attempt(victim, "10.9.9.9"));
        assertEquals(Duration.ofSeconds(1), held.delay(), "five failures on two instances slow the sixth attempt");
        clock.advance(Duration.ofSeconds(2));
        LoginThrottle.Attempt later = jpa.inTransaction(em -> first.attempt(victim, "10.9.9.9"));
        assertEquals(Duration.ZERO, later.delay(), "the owner is slowed, never locked out");
        assertTrue(later.accountHasFailures());
        jpa.inTransaction(em -> {
            first.succeeded(victim);
            return null;
        });
        assertTrue(!jpa.inTransaction(em -> first.attempt(victim, null)).accountHasFailures(), "success starts afresh");
    }

    @Test
    void aFloodOfMadeUpLoginsNeverWipesTheRecordOfTheRealAttack() {
        LoginThrottle throttle = new LoginThrottle(jpa.entityManager(), clock, 40);
        String target = "target-" + System.nanoTime() + "@example.com";
        jpa.inTransaction(em -> {
            for (int i = 0; i < 12; i++) {
                throttle.failed(target, "192.0.2.1");
            }
            return null;
        });
        jpa.inTransaction(em -> {
            for (int i = 0; i < 400; i++) {
                throttle.failed("made-up-" + i + "@example.com", null);
            }
            return null;
        });
        long rows = jpa.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sign_in_throttle")
                        .getSingleResult())
                .longValue());
        assertTrue(rows <= 40 + 11, "the table stays bounded: " + rows);
        Duration wait = jpa.inTransaction(em -> throttle.attempt(target, "198.51.100.7"))
                .delay();
        assertTrue(wait.compareTo(Duration.ofSeconds(30)) > 0, "the real target is still slowed: " + wait);
        List<SuspiciousSignIns> shown = jpa.inTransaction(em -> throttle.suspicious());
        assertTrue(shown.stream().anyMatch(s -> s.subject().equals(target) && s.failures() == 12), shown::toString);
    }

    /** A clock the test moves; read by the throttle as its "now". */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
