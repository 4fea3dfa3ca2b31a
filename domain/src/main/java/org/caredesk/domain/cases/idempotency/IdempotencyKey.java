package org.caredesk.domain.cases.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client's idempotency key: looked up by a hash of client and key; the tracking code of the case it
 * opened is sealed (AES-GCM) with a second hash of them, so only a caller presenting the key can read it back.
 */
public record IdempotencyKey(String client, String key) {
    /** Printable ASCII, as HTTP header values are, up to 200 characters (a UUID is 36). */
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private static final SecureRandom RANDOM = new SecureRandom();

    public IdempotencyKey {
        if (client == null || client.isBlank()) {
            throw new IllegalArgumentException("client is required");
        }
        if (key == null || !VALID.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "Idempotency-Key must be 1 to 200 printable ASCII characters without spaces");
        }
    }

    /** Whether {@code key} would be accepted, so a boundary can answer 400 before doing anything. */
    public static boolean isValid(String key) {
        return key != null && VALID.matcher(key).matches();
    }

    String lookupHash() {
        return HexFormat.of().formatHex(sha256("lookup\n" + client + "\n" + key));
    }

    String seal(String trackingCode) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(trackingCode.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    Optional<String> unseal(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(in, 12));
            return Optional.of(new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                mode, new SecretKeySpec(sha256("seal\n" + client + "\n" + key), "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
