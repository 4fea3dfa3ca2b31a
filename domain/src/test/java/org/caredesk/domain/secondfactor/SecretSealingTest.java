package org.caredesk.domain.secondfactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSealingTest {
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSealedSecretOpensWithTheSameKeyOnlyAndDoesNotShowTheSecret() {
        SecretSealing sealing = SecretSealing.from(Map.of("CAREDESK_SECRET_KEY", "one key")::get);
        String sealed = sealing.seal(SECRET);
        assertFalse(sealed.contains(Base32.encode(SECRET)), sealed);
        assertArrayEquals(SECRET, sealing.open(sealed));
        SecretSealing other = SecretSealing.from(Map.of("CAREDESK_SECRET_KEY", "another key")::get);
        assertThrows(IllegalStateException.class, () -> other.open(sealed));
    }

    @Test
    void withoutAConfiguredKeyAnOwnerOnlyKeyFileInTheDataFolderIsUsedAndKept(@TempDir Path dataDir) throws Exception {
        Map<String, String> environment = Map.of("CAREDESK_DATA_DIR", dataDir.toString());
        String sealed = SecretSealing.from(environment::get).seal(SECRET);
        assertArrayEquals(SECRET, SecretSealing.from(environment::get).open(sealed), "after a restart");
        assertEquals(
                PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(dataDir.resolve("secret.key")));
    }
}
