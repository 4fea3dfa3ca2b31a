package org.caredesk.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the audit trail of access to customers' data. */
@ApplicationScoped
public class AuditLog {
    public static final String CUSTOMER_RECORD_OPENED = "customer.opened";

    private final EntityManager entityManager;
    private final Clock clock;

    protected AuditLog() {
        this(null, null);
    }

    @Inject
    public AuditLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records an access; joins the caller's transaction, so the access and its record stand or fall together. */
    @Transactional
    public void record(String actor, String action, Long customerId, String subject, String detail) {
        entityManager.persist(new AuditEntry(clock.instant(), actor, action, customerId, subject, detail));
    }
}
