package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Replaces a weaker stored hash of the password just proven right. Only when the stored hash is
 * still the one that was checked, so two sign-ins at once, or a password change in between, win
 * over it; sessions are not touched (the password is the same).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PasswordUpgrades {
    private final EntityManager entityManager;

    protected PasswordUpgrades() {
        this(null);
    }

    @Inject
    public PasswordUpgrades(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void replace(long userId, String checkedHash, String strongerHash) {
        entityManager
                .createNativeQuery("UPDATE app_user SET password_hash = ?1 WHERE id = ?2 AND password_hash = ?3")
                .setParameter(1, strongerHash)
                .setParameter(2, userId)
                .setParameter(3, checkedHash)
                .executeUpdate();
    }
}
