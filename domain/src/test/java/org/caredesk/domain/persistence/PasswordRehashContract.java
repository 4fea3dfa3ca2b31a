package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.security.PasswordUpgrades;
import org.caredesk.domain.user.CareDeskIdentityStore;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15 item 7: a password stored under the old, weak cost (PBKDF2 with 2,048 iterations) is
 * stored again at the production cost at its owner's next successful sign-in, through the real
 * identity store, on every supported database; a wrong password changes nothing, and the upgrade
 * ends no session (the password is the same).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class PasswordRehashContract extends DatabaseContract {
    private static final String PASSWORD = "correct horse battery";
    private final PasswordHashing old = new PasswordHashing(2_048);
    private final PasswordHashing production = new PasswordHashing(PasswordHashing.PRODUCTION_ITERATIONS);
    private CareDeskIdentityStore store;

    @BeforeParameterizedClassInvocation
    void open() {
        store = new CareDeskIdentityStore(jpa.entityManager(), production, new PasswordUpgrades(jpa.entityManager()));
    }

    @Test
    void aWeakHashIsReplacedAtTheNextSuccessfulSignInAndOnlyThen() {
        String email = "rehash-" + System.nanoTime() + "@example.com";
        String weak = old.hash(PASSWORD.toCharArray());
        long id = jpa.inTransaction(em -> {
            UserAccount user =
                    new UserAccount(email, weak, Role.AGENT, "Re Hash", null, Instant.parse("2026-12-07T10:00:00Z"));
            em.persist(user);
            em.flush();
            return user.getId();
        });

        assertEquals(CredentialValidationResult.Status.INVALID, validate(email, "wrong password"));
        assertEquals(weak, storedHash(id), "a wrong password upgrades nothing");

        assertEquals(CredentialValidationResult.Status.VALID, validate(email, PASSWORD));
        String upgraded = storedHash(id);
        assertEquals(
                "PBKDF2WithHmacSHA256:" + PasswordHashing.PRODUCTION_ITERATIONS,
                upgraded.substring(0, upgraded.indexOf(':', upgraded.indexOf(':') + 1)),
                "stored again at the production cost");
        assertTrue(production.verify(PASSWORD.toCharArray(), upgraded), "the same password still signs in");
        assertEquals(0, sessionEpoch(id), "the upgrade ends no session");

        assertEquals(CredentialValidationResult.Status.VALID, validate(email, PASSWORD));
        assertEquals(upgraded, storedHash(id), "a strong hash is left as it is");
    }

    private CredentialValidationResult.Status validate(String email, String password) {
        return jpa.inTransaction(em -> store.validate(new UsernamePasswordCredential(email, password)))
                .getStatus();
    }

    private String storedHash(long id) {
        return jpa.inTransaction(em -> em.find(UserAccount.class, id).getPasswordHash());
    }

    private int sessionEpoch(long id) {
        return jpa.inTransaction(em -> em.find(UserAccount.class, id).getSessionEpoch());
    }
}
