package org.caredesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every change that must end a user's sessions moves the session epoch on (SessionEpochs checks it per request). */
class UserAccountSessionEpochTest {
    private final UserAccount user = new UserAccount(
            "Someone@Example.com", "hash", Role.AGENT, "Some One", null, Instant.parse("2026-12-01T00:00:00Z"));

    @Test
    void passwordChangeResetErasureAndRoleChangeEachEndTheSessions() {
        assertEquals(0, user.getSessionEpoch());
        user.changePassword("new hash"); // profile change and reset both end here
        assertEquals(1, user.getSessionEpoch());
        user.changeRole(Role.SUPERVISOR);
        assertEquals(2, user.getSessionEpoch());
        user.changeRole(Role.SUPERVISOR);
        assertEquals(2, user.getSessionEpoch(), "no change, no end");
        user.erase();
        assertEquals(3, user.getSessionEpoch());
    }

    @Test
    void renamingKeepsTheSessions() {
        user.rename("Another Name");
        assertEquals(0, user.getSessionEpoch());
    }
}
