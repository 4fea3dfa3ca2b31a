package org.caredesk.domain.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Password hashes: PBKDF2 with HMAC-SHA256, 600,000 iterations (OWASP's figure for it), a 32-byte
 * random salt, stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), the format
 * Jakarta Security's {@code Pbkdf2PasswordHash} wrote before, so older hashes still verify and are
 * replaced by stronger ones at the next sign-in ({@link #needsRehash}).
 *
 * <p>{@code CAREDESK_PASSWORD_ITERATIONS} lowers the cost for test runs only (each check costs a
 * noticeable part of a CPU second at the production figure); it never goes below 1,000.
 */
public final class PasswordHashing {
    public static final int PRODUCTION_ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHashing(int iterations) {
        this.iterations = Math.max(1_000, iterations);
    }

    public static PasswordHashing fromEnvironment() {
        return from(CareDeskSettings.environment());
    }

    static PasswordHashing from(UnaryOperator<String> lookup) {
        String configured = lookup.apply("CAREDESK_PASSWORD_ITERATIONS");
        if (configured == null || configured.isBlank()) {
            return new PasswordHashing(PRODUCTION_ITERATIONS);
        }
        try {
            return new PasswordHashing(Integer.parseInt(configured.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "CAREDESK_PASSWORD_ITERATIONS must be a whole number, got '" + configured + "'");
        }
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, iterations, KEY_BITS));
    }

    public boolean verify(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return storedIterations > 0
                    && MessageDigest.isEqual(expected, derive(password, salt, storedIterations, expected.length * 8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when the stored hash is weaker than what this instance writes now. */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        try {
            return parts.length != 4 || !parts[0].equals(ALGORITHM) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBits);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM)
                        .generateSecret(spec)
                        .getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        }
    }
}
