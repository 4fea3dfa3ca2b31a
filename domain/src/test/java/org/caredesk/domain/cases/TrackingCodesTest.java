package org.caredesk.domain.cases;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodesTest {
    private final TrackingCodes codes = new TrackingCodes();

    @Test
    void codesAreTwelveCharactersWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            String code = codes.newCode();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{12}"), code);
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(codes.newCode()));
        }
    }

    @Test
    void aCodeMatchesItsHashHoweverItIsTyped() {
        String code = codes.newCode();
        String hash = TrackingCodes.hash(code);
        assertTrue(TrackingCodes.matches(code, hash));
        assertTrue(TrackingCodes.matches(code.toLowerCase(), hash));
        assertTrue(TrackingCodes.matches(
                code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8), hash));
    }

    @Test
    void anyOtherCodeDoesNotMatch() {
        String hash = TrackingCodes.hash("ABCDEFGHJKLM");
        assertFalse(TrackingCodes.matches("ABCDEFGHJKLN", hash));
        assertFalse(TrackingCodes.matches("", hash));
        assertFalse(TrackingCodes.matches(null, hash));
        assertFalse(TrackingCodes.matches("ABCDEFGHJKLM", null));
        assertNotEquals("ABCDEFGHJKLM", hash);
    }
}
