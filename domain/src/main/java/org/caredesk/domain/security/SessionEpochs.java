package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The current session epoch of a user who may sign in. Read on every request of a signed-in session
 * (one indexed row), so a session ends on every instance as soon as its epoch is stale.
 */
@ApplicationScoped
public class SessionEpochs {
    private final EntityManager entityManager;

    protected SessionEpochs() {
        this(null);
    }

    @Inject
    public SessionEpochs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Empty when there is no such login (any more), or it is disabled. */
    public OptionalInt current(String login) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "SELECT session_epoch FROM app_user WHERE email = ?1 AND enabled = TRUE AND password_hash IS NOT NULL")
                .setParameter(1, login.trim().toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
    }
}
