package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.user.EarlierCases;

/**
 * Cases sent without an account from the address its owner has just proved is theirs join the
 * account, with their contacts (so the history is whole). Runs inside the verification's transaction.
 */
@ApplicationScoped
public class AnonymousCaseJoin implements EarlierCases {
    private final EntityManager entityManager;

    protected AnonymousCaseJoin() {
        this(null);
    }

    @Inject
    public AnonymousCaseJoin(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int joinTo(Customer customer) {
        if (customer == null || customer.getEmail() == null) {
            return 0;
        }
        var cases = entityManager
                .createQuery(
                        "SELECT c FROM SupportCase c " + "WHERE c.customer IS NULL AND LOWER(c.contactEmail) = :email",
                        SupportCase.class)
                .setParameter("email", customer.getEmail())
                .getResultList();
        for (var supportCase : cases) {
            supportCase.joinCustomer(customer);
            entityManager
                    .createQuery("UPDATE Contact k SET k.customer = :c, k.changedAt = :now"
                            + " WHERE k.supportCase = :s AND k.customer IS NULL")
                    .setParameter("now", java.time.Instant.now())
                    .setParameter("c", customer)
                    .setParameter("s", supportCase)
                    .executeUpdate();
        }
        return cases.size();
    }
}
