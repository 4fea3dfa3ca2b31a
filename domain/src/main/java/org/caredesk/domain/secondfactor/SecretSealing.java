package org.caredesk.domain.secondfactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the TOTP secrets at rest with AES-256-GCM, so that a copy of the database (a backup, the
 * users table read by someone) does not hand out every staff member's second factor. The key is
 * {@code CAREDESK_SECRET_KEY} (any long random text; every instance must share it) or, when unset,
 * a random key kept in {@code secret.key} in the data folder, readable by its owner only, which is
 * enough for a single instance.
 */
public final class SecretSealing {
    private static final String PREFIX = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretSealing(byte[] keyMaterial) {
        try {
            this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(keyMaterial), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SecretSealing from(UnaryOperator<String> lookup) {
        String configured = lookup.apply("CAREDESK_SECRET_KEY");
        if (configured != null && !configured.isBlank()) {
            return new SecretSealing(configured.strip().getBytes(StandardCharsets.UTF_8));
        }
        String dataDir = lookup.apply("CAREDESK_DATA_DIR");
        return new SecretSealing(keyFile(Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir)));
    }

    private static synchronized byte[] keyFile(Path dataDir) {
        Path file = dataDir.resolve("secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path temporary = Files.createTempFile(dataDir, "secret", ".tmp");
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the data folder's own permissions have to do
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return keyFile(dataDir); // another thread or instance wrote it first
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    public String seal(byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret);
            Base64.Encoder base64 = Base64.getEncoder();
            return PREFIX + base64.encodeToString(nonce) + ":" + base64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The secret, or an exception when the key is not the one that sealed it (or the text was altered). */
    public byte[] open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a sealed secret");
        }
        String[] parts = sealed.substring(PREFIX.length()).split(":", 2);
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, base64.decode(parts[0])));
            return cipher.doFinal(base64.decode(parts[1]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A second-factor secret does not open with this key: is CAREDESK_SECRET_KEY the same on every instance?",
                    e);
        }
    }
}
