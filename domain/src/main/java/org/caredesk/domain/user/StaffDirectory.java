package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    /** A staff member found for signing in elsewhere than by password: login and security groups. */
    public record StaffSignIn(String login, Set<String> groups) {}

    /**
     * The enabled staff account (agent, supervisor, admin) with this e-mail, for sign-in through the
     * organisation's identity provider; nothing for a customer or an unknown address (no account is
     * ever created this way). The groups are CareDesk's own, whatever the provider says.
     */
    public Optional<StaffSignIn> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRole() != Role.CUSTOMER)
                .map(u -> new StaffSignIn(u.getEmail(), u.getRole().groups()));
    }

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
