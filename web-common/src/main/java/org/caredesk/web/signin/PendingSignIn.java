package org.caredesk.web.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A staff member whose password was right and who still owes the second factor (or, when it is
 * mandatory and not set up yet, its enrolment). Kept in the HTTP session until then; the sign-in
 * itself ({@link org.caredesk.domain.security.SignedInUser}) only follows the code.
 */
public record PendingSignIn(String name, Set<String> groups, int epoch, boolean enrolled, Instant since)
        implements Serializable {
    public static final String SESSION_ATTRIBUTE = "caredesk.pendingSignIn";
    /** Set on the request when the password was right and the second factor is next. */
    public static final String REQUEST_ATTRIBUTE = "caredesk.signIn.secondFactor";

    private static final Set<String> STAFF = Set.of("agent", "supervisor", "admin");

    public PendingSignIn {
        groups = Set.copyOf(groups);
    }

    public static boolean staff(Set<String> groups) {
        return groups.stream().anyMatch(STAFF::contains);
    }
}
