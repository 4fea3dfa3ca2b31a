package org.caredesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesGrantTheirGroupAndEveryStaffRoleBelow() {
        assertEquals(Set.of("customer"), Role.CUSTOMER.groups());
        assertEquals(Set.of("agent"), Role.AGENT.groups());
        assertEquals(Set.of("agent", "supervisor"), Role.SUPERVISOR.groups());
        assertEquals(Set.of("agent", "supervisor", "admin"), Role.ADMIN.groups());
    }
}
