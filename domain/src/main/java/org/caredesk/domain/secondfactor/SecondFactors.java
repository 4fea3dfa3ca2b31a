package org.caredesk.domain.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Staff members' second factor: enrolment (a fresh secret, confirmed by a first code, which yields
 * ten recovery codes shown once), the check at sign-in (a code from the app, once, or an unused
 * recovery code, once), and the supervisors' setting that makes it mandatory for staff. The secret
 * is sealed at rest ({@link SecretSealing}) and never shown again after enrolment.
 */
@ApplicationScoped
@Transactional
public class SecondFactors {
    static final String REQUIRED_SETTING = "staff.secondFactor.required";
    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "CareDesk";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the enrolment page shows once: the secret for typing in, and the otpauth URI for a QR code or a tap. */
    public record Enrolment(String secret, String uri) {}

    public enum Outcome {
        CODE,
        RECOVERY_CODE,
        WRONG
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final AuditLog audit;
    private final SecretSealing sealing;

    protected SecondFactors() {
        this(null, null, null, null);
    }

    @Inject
    public SecondFactors(EntityManager entityManager, Clock clock, AuditLog audit) {
        this(entityManager, clock, audit, SecretSealing.from(CareDeskSettings.environment()));
    }

    public SecondFactors(EntityManager entityManager, Clock clock, AuditLog audit, SecretSealing sealing) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
        this.sealing = sealing;
    }

    /** True when this staff member has a confirmed second factor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabled(String login) {
        return userId(login)
                .map(id -> !entityManager
                        .createNativeQuery(
                                "SELECT user_id FROM staff_second_factor WHERE user_id = ?1 AND confirmed_at IS NOT NULL")
                        .setParameter(1, id)
                        .getResultList()
                        .isEmpty())
                .orElse(false);
    }

    /** A new secret awaiting its first code; replaces one not confirmed yet. */
    public Enrolment begin(String login) {
        long id = userId(login).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (enabled(login)) {
            throw new IllegalStateException("A second factor is already set up for this account");
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        entityManager
                .createNativeQuery("DELETE FROM staff_second_factor WHERE user_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        "INSERT INTO staff_second_factor (user_id, sealed_secret, last_step) VALUES (?1, ?2, 0)")
                .setParameter(1, id)
                .setParameter(2, sealing.seal(secret))
                .executeUpdate();
        String text = Base32.encode(secret);
        // Key URI format: "issuer:account" with a plain colon, each part URL-encoded.
        String label =
                ISSUER + ":" + URLEncoder.encode(login, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + text + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(text.replaceAll("(.{4})(?!$)", "$1 "), uri);
    }

    /**
     * Confirms the enrolment begun with a code from the app: the recovery codes, to be shown once,
     * or empty when the code is wrong (or nothing was begun).
     */
    public Optional<List<String>> confirm(String login, String code) {
        long id = userId(login).orElseThrow(() -> new IllegalArgumentException("No such account"));
        List<?> rows = entityManager
                .createNativeQuery(
                        "SELECT sealed_secret FROM staff_second_factor WHERE user_id = ?1 AND confirmed_at IS NULL")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        byte[] secret = sealing.open((String) rows.get(0));
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        entityManager
                .createNativeQuery(
                        "UPDATE staff_second_factor SET confirmed_at = ?1, last_step = ?2 WHERE user_id = ?3")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, step.getAsLong())
                .setParameter(3, id)
                .executeUpdate();
        List<String> codes = newRecoveryCodes(id);
        audit.record(login, "secondFactor.enrolled", null, login, null);
        return Optional.of(codes);
    }

    /** Checks a code typed at sign-in: from the app (once per step, never an older step) or a recovery code (once). */
    public Outcome verify(String login, String typed) {
        Optional<Long> id = userId(login);
        if (id.isEmpty() || typed == null || typed.isBlank()) {
            return Outcome.WRONG;
        }
        List<?> rows = entityManager
                .createNativeQuery("SELECT sealed_secret, last_step FROM staff_second_factor "
                        + "WHERE user_id = ?1 AND confirmed_at IS NOT NULL FOR UPDATE")
                .setParameter(1, id.get())
                .getResultList();
        if (rows.isEmpty()) {
            return Outcome.WRONG;
        }
        Object[] row = (Object[]) rows.get(0);
        byte[] secret = sealing.open((String) row[0]);
        OptionalLong step = Totp.matchingStep(secret, typed, clock.instant(), ((Number) row[1]).longValue());
        if (step.isPresent()) {
            entityManager
                    .createNativeQuery("UPDATE staff_second_factor SET last_step = ?1 WHERE user_id = ?2")
                    .setParameter(1, step.getAsLong())
                    .setParameter(2, id.get())
                    .executeUpdate();
            return Outcome.CODE;
        }
        int used = entityManager
                .createNativeQuery("UPDATE second_factor_recovery_code SET used_at = ?1 "
                        + "WHERE user_id = ?2 AND code_hash = ?3 AND used_at IS NULL")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, id.get())
                .setParameter(3, hash(id.get(), typed))
                .executeUpdate();
        if (used == 1) {
            audit.record(login, "secondFactor.recoveryCodeUsed", null, login, recoveryCodesLeft(login) + " left");
            return Outcome.RECOVERY_CODE;
        }
        return Outcome.WRONG;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int recoveryCodesLeft(String login) {
        return userId(login)
                .map(id -> ((Number) entityManager
                                .createNativeQuery("SELECT COUNT(*) FROM second_factor_recovery_code "
                                        + "WHERE user_id = ?1 AND used_at IS NULL")
                                .setParameter(1, id)
                                .getSingleResult())
                        .intValue())
                .orElse(0);
    }

    /** Whether every staff member must sign in with a second factor (a supervisor's setting). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean required() {
        List<?> rows = entityManager
                .createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, REQUIRED_SETTING)
                .getResultList();
        return !rows.isEmpty() && Boolean.parseBoolean((String) rows.get(0));
    }

    public void require(boolean required, String supervisor) {
        int updated = entityManager
                .createNativeQuery("UPDATE app_setting SET setting_value = ?1 WHERE setting_key = ?2")
                .setParameter(1, Boolean.toString(required))
                .setParameter(2, REQUIRED_SETTING)
                .executeUpdate();
        if (updated == 0) {
            entityManager
                    .createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
                    .setParameter(1, REQUIRED_SETTING)
                    .setParameter(2, Boolean.toString(required))
                    .executeUpdate();
        }
        audit.record(supervisor, "secondFactor.required", null, Boolean.toString(required), null);
    }

    private List<String> newRecoveryCodes(long userId) {
        entityManager
                .createNativeQuery("DELETE FROM second_factor_recovery_code WHERE user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] random = new byte[10]; // 80 bits: sixteen Base32 characters
            RANDOM.nextBytes(random);
            String code = Base32.encode(random).toLowerCase(Locale.ROOT).replaceAll("(.{4})(?!$)", "$1-");
            entityManager
                    .createNativeQuery("INSERT INTO second_factor_recovery_code (user_id, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, userId)
                    .setParameter(2, hash(userId, code))
                    .executeUpdate();
            codes.add(code);
        }
        return codes;
    }

    /** Recovery codes carry 80 random bits, so one salted SHA-256 suffices (no slow hash needed against guessing). */
    static String hash(long userId, String code) {
        String normalised = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest((userId + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Optional<Long> userId(String login) {
        if (login == null) {
            return Optional.empty();
        }
        List<?> rows = entityManager
                .createNativeQuery("SELECT id FROM app_user WHERE email = ?1")
                .setParameter(1, login)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }
}
