package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.security.SessionEpochs;
import org.caredesk.domain.user.AccountSettings;
import org.caredesk.domain.user.EmailToken;
import org.caredesk.domain.user.EmailTokens;
import org.caredesk.domain.user.PasswordReset;
import org.caredesk.domain.user.Passwords;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15 item 9, in the database every instance reads: a password reset through its mailed link
 * and a password change each move the user's session epoch on, so SessionEpochs (checked on every
 * request, on every instance) ends the sessions opened before; a refused reset or change ends none.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SessionEndContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final Passwords passwords = new Passwords(new PasswordHashing(1_000)); // the test-only cost
    private SessionEpochs epochs;
    private EmailTokens tokens;

    @BeforeParameterizedClassInvocation
    void open() {
        epochs = new SessionEpochs(jpa.entityManager());
        tokens = new EmailTokens(jpa.entityManager(), clock);
    }

    @Test
    void aResetThroughItsLinkEndsTheSessionsOpenedBeforeAndAFailedOneEndsNone() {
        UserAccount user = customer("reset");
        OptionalInt before = epoch(user);
        PasswordReset reset = new PasswordReset(jpa.entityManager(), tokens, passwords, null);
        String token = jpa.inTransaction(em -> tokens.issue(
                em.find(UserAccount.class, user.getId()), EmailToken.Purpose.RESET_PASSWORD, PasswordReset.VALID_FOR));

        assertEquals(PasswordReset.Outcome.TOO_WEAK, jpa.inTransaction(em -> reset.reset(token, "short")));
        assertEquals(before, epoch(user), "a refused reset ends no session");
        assertEquals(
                PasswordReset.Outcome.CHANGED, jpa.inTransaction(em -> reset.reset(token, "a brand new password")));
        assertEquals(OptionalInt.of(before.getAsInt() + 1), epoch(user), "the sessions from before the reset end");
    }

    @Test
    void aPasswordChangeEndsTheSessionsOpenedBeforeAndAWrongCurrentPasswordEndsNone() {
        UserAccount user = customer("change");
        OptionalInt before = epoch(user);
        AccountSettings settings = new AccountSettings(jpa.entityManager(), passwords);

        assertEquals(
                AccountSettings.PasswordOutcome.WRONG_CURRENT,
                jpa.inTransaction(em -> settings.changePassword(user.getEmail(), "not it at all", "another password")));
        assertEquals(before, epoch(user), "a refused change ends no session");
        assertEquals(
                AccountSettings.PasswordOutcome.CHANGED,
                jpa.inTransaction(
                        em -> settings.changePassword(user.getEmail(), "the first password", "another password")));
        assertEquals(OptionalInt.of(before.getAsInt() + 1), epoch(user), "the sessions from before the change end");
    }

    private UserAccount customer(String what) {
        String email = what + "-" + System.nanoTime() + "@example.com";
        return jpa.inTransaction(em -> {
            UserAccount user = new UserAccount(
                    email, passwords.hash("the first password"), Role.CUSTOMER, "Session Owner", null, Instant.now());
            em.persist(user);
            em.flush();
            return user;
        });
    }

    private OptionalInt epoch(UserAccount user) {
        return jpa.inTransaction(em -> epochs.current(user.getEmail()));
    }
}
