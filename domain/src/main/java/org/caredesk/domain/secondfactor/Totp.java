package org.caredesk.domain.secondfactor;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), the algorithm every authenticator
 * app implements: six digits, 30-second steps, HMAC-SHA1 (the apps' default; the others are here for
 * the RFC's test vectors). No library for it is served here, and the algorithm is a dozen lines.
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** One step either side: a phone's clock a little off, or a code typed as it changed. */
    static final int WINDOW = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step, left-padded with zeros. */
    public static String code(byte[] key, long step, int digits, String hmac) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash =
                    mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is part of every Java runtime", e);
        }
    }

    public static String code(byte[] key, long step) {
        return code(key, step, DIGITS, "HmacSHA1");
    }

    /**
     * The step whose code this is, within the window around {@code now} and after {@code lastUsed}
     * (a code is good once: one seen over a shoulder or in a proxy log cannot be replayed).
     */
    public static OptionalLong matchingStep(byte[] key, String typed, Instant now, long lastUsed) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            if (s > lastUsed
                    && MessageDigest.isEqual(
                            code(key, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                            code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }
}
