package org.caredesk.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Reads the audit trail of one customer, newest first, for supervisors checking who looked at what. */
@ApplicationScoped
public class AuditTrail {
    private static final int MAX = 500;

    private final EntityManager entityManager;

    protected AuditTrail() {
        this(null);
    }

    @Inject
    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One access: who, what, when, and how they got there. */
    public record Access(Instant at, String actor, String action, String detail) {}

    public List<Access> ofCustomer(long customerId) {
        return entityManager
                .createQuery(
                        "SELECT a FROM AuditEntry a WHERE a.customerId = :id ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setParameter("id", customerId)
                .setMaxResults(MAX)
                .getResultStream()
                .map(a -> new Access(a.getAt(), a.getActor(), a.getAction(), a.getDetail()))
                .toList();
    }
}
