package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** All alerts, or those with {@code status} when it is given, newest first. */
    public List<AlertView> list(AlertStatus status) {
        return list(status, AlertOrder.NEWEST);
    }

    /**
     * The ids of the alerts waiting for a decision, newest first (as {@link #list(AlertStatus)} orders them): what
     * the badge on every console page needs, without the registered units per product the list's rates count.
     */
    public List<Long> raisedIds() {
        return entityManager
                .createQuery(
                        "SELECT a.id FROM Alert a WHERE a.status = :status ORDER BY a.raisedAt DESC, a.id DESC",
                        Long.class)
                .setParameter("status", AlertStatus.RAISED)
                .getResultList();
    }

    /** All alerts, or those with {@code status} when it is given, in {@code order}. */
    public List<AlertView> list(AlertStatus status, AlertOrder order) {
        String where = status == null ? "" : " WHERE a.status = :status";
        var query =
                entityManager.createQuery("SELECT a FROM Alert a" + where + " ORDER BY a.raisedAt DESC", Alert.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        Map<Long, Long> owned = ownedUnitsByProduct();
        return query.getResultStream()
                .map(a -> AlertView.of(a, owned.getOrDefault(a.getProduct().getId(), 0L)))
                .sorted(order.comparator())
                .toList();
    }

    /** Registered units per product id, for the rate per 1,000 owned units. */
    Map<Long, Long> ownedUnitsByProduct() {
        Map<Long, Long> owned = new HashMap<>();
        for (Object[] row : entityManager
                .createQuery("SELECT o.product.id, COUNT(o) FROM OwnedProduct o GROUP BY o.product.id", Object[].class)
                .getResultList()) {
            owned.put((Long) row[0], (Long) row[1]);
        }
        return owned;
    }
}
