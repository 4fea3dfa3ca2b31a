package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.secondfactor.Base32;
import org.caredesk.domain.secondfactor.SecondFactors;
import org.caredesk.domain.secondfactor.SecretSealing;
import org.caredesk.domain.secondfactor.Totp;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staff members' second factor in the database, on every supported database: enrolment confirmed by
 * a first code, the secret sealed at rest, codes good once, recovery codes good once, the mandatory
 * setting.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SecondFactorsContract extends DatabaseContract {
    private final SignInThrottleContract.MovableClock clock =
            new SignInThrottleContract.MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private SecondFactors secondFactors;

    @BeforeParameterizedClassInvocation
    void open() {
        secondFactors = new SecondFactors(
                jpa.entityManager(),
                clock,
                new AuditLog(jpa.entityManager(), clock),
                SecretSealing.from(Map.of("CAREDESK_SECRET_KEY", "contract test key")::get));
    }

    private String staff() {
        String login = "staff-" + System.nanoTime() + "@example.com";
        jpa.inTransaction(em -> {
            em.persist(new UserAccount(login, "unused", Role.AGENT, "Staff Member", null, clock.instant()));
            return null;
        });
        return login;
    }

    private boolean enabled(String login) {
        Boolean enabled = jpa.inTransaction(em -> secondFactors.enabled(login));
        return enabled;
    }

    private int codesLeft(String login) {
        Integer left = jpa.inTransaction(em -> secondFactors.recoveryCodesLeft(login));
        return left;
    }

    private boolean required() {
        Boolean required = jpa.inTransaction(em -> secondFactors.required());
        return required;
    }

    private String codeNow(byte[] key, int ahead) {
        return Totp.code(key, Totp.step(clock.instant()) + ahead);
    }

    @Test
    void enrolmentNeedsAFirstCodeAndKeepsTheSecretSealed() {
        String login = staff();
        SecondFactors.Enrolment enrolment = jpa.inTransaction(em -> secondFactors.begin(login));
        byte[] key = Base32.decode(enrolment.secret());
        assertTrue(enrolment.uri().startsWith("otpauth://totp/CareDesk:"), enrolment.uri());
        assertTrue(enrolment.uri().contains("secret=" + enrolment.secret().replace(" ", "")), enrolment.uri());
        assertFalse(enabled(login), "not on before the first code");

        String wrong = "000000".equals(codeNow(key, 0)) ? "111111" : "000000";
        assertTrue(jpa.inTransaction(em -> secondFactors.confirm(login, wrong)).isEmpty(), "a wrong first code");
        List<String> codes = jpa.inTransaction(em -> secondFactors.confirm(login, codeNow(key, 0)))
                .orElseThrow();
        assertEquals(10, codes.size());
        assertEquals(10, codes.stream().distinct().count());
        assertTrue(enabled(login));
        assertEquals(10, codesLeft(login));

        String stored = (String) jpa.inTransaction(em -> em.createNativeQuery(
                        "SELECT f.sealed_secret FROM staff_second_factor f JOIN app_user u ON u.id = f.user_id "
                                + "WHERE u.email = ?1")
                .setParameter(1, login)
                .getSingleResult());
        assertFalse(stored.contains(enrolment.secret().replace(" ", "")), "the secret is sealed: " + stored);
        List<?> hashes = jpa.inTransaction(em -> em.createNativeQuery(
                        "SELECT r.code_hash FROM second_factor_recovery_code r JOIN app_user u ON u.id = r.user_id "
                                + "WHERE u.email = ?1")
                .setParameter(1, login)
                .getResultList());
        assertFalse(hashes.contains(codes.get(0)), "recovery codes are stored hashed");
        assertThrows(IllegalStateException.class, () -> jpa.inTransaction(em -> secondFactors.begin(login)));
    }

    @Test
    void aCodeSignsInOnceAndARecoveryCodeOnce() {
        String login = staff();
        byte[] key = Base32.decode(
                jpa.inTransaction(em -> secondFactors.begin(login)).secret());
        List<String> recovery = jpa.inTransaction(em -> secondFactors.confirm(login, codeNow(key, 0)))
                .orElseThrow();
        assertEquals(
                SecondFactors.Outcome.WRONG,
                jpa.inTransaction(em -> secondFactors.verify(login, codeNow(key, 0))),
                "the enrolment's code again");
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        String next = codeNow(key, 0);
        assertEquals(SecondFactors.Outcome.CODE, jpa.inTransaction(em -> secondFactors.verify(login, next)));
        assertEquals(
                SecondFactors.Outcome.WRONG, jpa.inTransaction(em -> secondFactors.verify(login, next)), "replayed");

        String typed = recovery.get(2).toUpperCase(Locale.ROOT).replace("-", " ");
        assertEquals(SecondFactors.Outcome.RECOVERY_CODE, jpa.inTransaction(em -> secondFactors.verify(login, typed)));
        assertEquals(
                SecondFactors.Outcome.WRONG,
                jpa.inTransaction(em -> secondFactors.verify(login, recovery.get(2))),
                "a recovery code is good once");
        assertEquals(9, codesLeft(login));
        String other = staff();
        assertEquals(
                SecondFactors.Outcome.WRONG,
                jpa.inTransaction(em -> secondFactors.verify(other, recovery.get(3))),
                "another account's recovery code");
    }

    @Test
    void aSupervisorMakesItMandatoryAndOptionalAgain() {
        jpa.inTransaction(em -> {
            secondFactors.require(true, "supervisor@example.com");
            return null;
        });
        assertTrue(required());
        jpa.inTransaction(em -> {
            secondFactors.require(false, "supervisor@example.com");
            return null;
        });
        assertFalse(required());
    }
}
