package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;

/** Finds a case only for the customer it belongs to: "not yours" and "missing" are both empty. */
@ApplicationScoped
public class CaseOwnership {
    private final EntityManager entityManager;

    protected CaseOwnership() {
        this(null);
    }

    @Inject
    public CaseOwnership(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<SupportCase> ownedBy(String caseNumber, long customerId) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                .setParameter("number", caseNumber.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(c -> c.getCustomer() != null && c.getCustomer().getId() == customerId);
    }
}
