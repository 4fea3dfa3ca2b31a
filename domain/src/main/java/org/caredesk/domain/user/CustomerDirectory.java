package org.caredesk.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.caredesk.domain.customer.Customer;

/** Finds the customer record behind a signed-in login. */
@ApplicationScoped
public class CustomerDirectory {
    private final EntityManager entityManager;

    protected CustomerDirectory() {
        this(null);
    }

    @Inject
    public CustomerDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Long> customerIdOf(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(UserAccount::getCustomer)
                .map(Customer::getId);
    }
}
