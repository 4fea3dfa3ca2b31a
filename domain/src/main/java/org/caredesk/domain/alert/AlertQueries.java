package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Reads early-warning alerts, newest first. */
@ApplicationScoped
public class AlertQueries {
    private final EntityManager entityManager;

    protected AlertQueries() {
        this(null);
    }

    @Inject
    public AlertQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All alerts, or those with {@code status} when it is given. */
    public List<AlertView> list(AlertStatus status) {
        String where = status == null ? "" : " WHERE a.status = :status";
        var query = entityManager.createQuery("SELECT a FROM Alert a" + where + " ORDER BY a.raisedAt DESC", Alert.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultStream().map(AlertView::of).toList();
    }
}
