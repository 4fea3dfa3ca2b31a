package org.caredesk.domain.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login form; kept in the HTTP session for later requests. */
public record SignedInUser(String name, Set<String> groups) implements Serializable {
    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
