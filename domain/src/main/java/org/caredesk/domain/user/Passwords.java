package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** The password rules and hashing of self-service: long enough to resist guessing, stored as PBKDF2. */
@ApplicationScoped
public class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final Pbkdf2PasswordHash hash;

    protected Passwords() {
        this(null);
    }

    @Inject
    public Passwords(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return password != null && stored != null && hash.verify(password.toCharArray(), stored);
    }
}
