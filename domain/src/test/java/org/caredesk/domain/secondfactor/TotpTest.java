package org.caredesk.domain.secondfactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B: every time and algorithm of its table. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void theRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_KEY, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_KEY, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_KEY, step, 8, "HmacSHA512"));
    }

    /** RFC 4226, appendix D: the six-digit HOTP values of counters 0 to 9. */
    @Test
    void theRfc4226SixDigitValues() {
        String[] expected = {
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"
        };
        for (int counter = 0; counter < expected.length; counter++) {
            assertEquals(expected[counter], Totp.code(SHA1_KEY, counter), "counter " + counter);
        }
    }

    @Test
    void aCodeMatchesWithinOneStepEitherSideAndOnlyOnce() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, 0));
        assertTrue(
                Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, 0)
                        .isEmpty(),
                "too far ahead");
        assertTrue(
                Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now, step)
                        .isEmpty(),
                "replayed");
        assertTrue(Totp.matchingStep(SHA1_KEY, "12345", now, 0).isEmpty(), "five digits");
        assertTrue(Totp.matchingStep(SHA1_KEY, null, now, 0).isEmpty());
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(SHA1_KEY));
        assertArrayEquals(SHA1_KEY, Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
