package org.caredesk.web.signin;

/** An ID token that does not sign anyone in, and why (for the log: never shown to the person, never the token). */
public class IdTokenRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public IdTokenRefused(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
