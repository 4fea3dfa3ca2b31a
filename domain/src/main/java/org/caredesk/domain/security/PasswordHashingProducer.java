package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The password hashing of this run, its cost read once from the settings. */
@ApplicationScoped
public class PasswordHashingProducer {
    private final PasswordHashing hashing = PasswordHashing.fromEnvironment();

    @Produces
    public PasswordHashing hashing() {
        return hashing;
    }
}
