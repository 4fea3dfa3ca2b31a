package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.domain.security.PasswordHashing;

/** The password rules and hashing of self-service: long enough to resist guessing, stored as PBKDF2 ({@link PasswordHashing}). */
@ApplicationScoped
public class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final PasswordHashing hash;

    protected Passwords() {
        this(null);
    }

    @Inject
    public Passwords(PasswordHashing hash) {
        this.hash = hash;
    }

    public static boolean acceptable(String password) {
        return password != null
                && password.length() >= MIN_LENGTH
                && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }

    public String hash(String password) {
        return hash.hash(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return password != null && stored != null && hash.verify(password.toCharArray(), stored);
    }
}
