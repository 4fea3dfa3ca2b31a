package org.caredesk.portal.me;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import org.caredesk.domain.user.CustomerDirectory;

/** The customer behind the signed-in login of a {@code /api/v1/me…} call (web.xml lets only customers in). */
final class MyCustomer {
    private MyCustomer() {}

    static long id(SecurityContext security, CustomerDirectory directory) {
        return directory
                .customerIdOf(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("No customer record for this login"));
    }
}
