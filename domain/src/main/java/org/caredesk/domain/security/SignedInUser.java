package org.caredesk.domain.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the login form, kept in the HTTP session for later requests, with the
 * user's session epoch at sign-in: when the epoch in the database has moved on (password changed
 * or reset, account erased, role changed), the session is over.
 */
public record SignedInUser(String name, Set<String> groups, int epoch) implements Serializable {
    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
