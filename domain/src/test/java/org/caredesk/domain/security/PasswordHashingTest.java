package org.caredesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void productionCostIsAtLeast600000IterationsOfPbkdf2Sha256() {
        PasswordHashing production = PasswordHashing.from(name -> null);
        assertEquals(600_000, production.iterations());
        String stored = production.hash("correct horse".toCharArray());
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertTrue(production.verify("correct horse".toCharArray(), stored));
    }

    @Test
    void theOldJakartaHashesStillVerifyAndAskForARehash() {
        Pbkdf2PasswordHashImpl old = new Pbkdf2PasswordHashImpl();
        old.initialize(Map.of()); // what CareDesk stored before: 2,048 iterations
        String weak = old.generate("alice-demo".toCharArray());
        assertTrue(weak.contains(":2048:"), weak);
        PasswordHashing hashing = new PasswordHashing(5_000);
        assertTrue(hashing.verify("alice-demo".toCharArray(), weak));
        assertFalse(hashing.verify("alice-demo!".toCharArray(), weak));
        assertTrue(hashing.needsRehash(weak));
        String strong = hashing.hash("alice-demo".toCharArray());
        assertFalse(hashing.needsRehash(strong));
        assertTrue(old.verify("alice-demo".toCharArray(), strong), "the format is unchanged");
    }

    @Test
    void saltsDifferAndGarbageNeverVerifies() {
        PasswordHashing hashing = new PasswordHashing(1_000);
        assertNotEquals(hashing.hash("same".toCharArray()), hashing.hash("same".toCharArray()));
        assertFalse(hashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:notanumber:aa:bb"));
        assertFalse(hashing.verify("x".toCharArray(), "plain"));
        assertFalse(hashing.verify("x".toCharArray(), null));
        assertEquals(1_000, PasswordHashing.from(name -> "10").iterations(), "never below 1,000");
    }
}
