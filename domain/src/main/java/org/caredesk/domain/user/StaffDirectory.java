package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The staff who can hold cases, for assigning and filtering the queue. */
@ApplicationScoped
public class StaffDirectory {
    private final EntityManager entityManager;

    protected StaffDirectory() {
        this(null);
    }

    @Inject
    public StaffDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A staff member: login and the name shown. */
    public record Staff(String login, String name) {}

    public List<Staff> all() {
        return entityManager
                .createQuery(
                        "SELECT u FROM UserAccount u WHERE u.role <> :customer AND u.enabled = true"
                                + " ORDER BY u.displayName",
                        UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .getResultStream()
                .map(u -> new Staff(u.getEmail(), u.getDisplayName()))
                .toList();
    }
}
