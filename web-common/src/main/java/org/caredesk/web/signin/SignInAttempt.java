package org.caredesk.web.signin;

import java.io.Serializable;
import java.time.Instant;

/**
 * One browser's sign-in at the provider, kept in its session between leaving and coming back: the
 * {@code state} that must come back, the {@code nonce} the ID token must carry, the PKCE verifier, and
 * where to land afterwards.
 */
record SignInAttempt(String state, String nonce, String codeVerifier, String next, Instant since)
        implements Serializable {
    static final String SESSION_ATTRIBUTE = "caredesk.organisationSignIn";
}
