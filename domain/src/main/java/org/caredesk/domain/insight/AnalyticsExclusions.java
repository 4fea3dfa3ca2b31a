package org.caredesk.domain.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * The customers whose analytics consent is withdrawn: their latest analytics decision says no.
 * Consents are appended, so the decision in force is the last one recorded.
 */
@ApplicationScoped
public class AnalyticsExclusions {
    private final EntityManager entityManager;

    protected AnalyticsExclusions() {
        this(null);
    }

    @Inject
    public AnalyticsExclusions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Those of {@code customers} whose analytics consent is withdrawn (reads only their consents). */
    public Set<Long> withdrawnAmong(Collection<Long> customers) {
        if (customers.isEmpty()) {
            return Set.of();
        }
        Map<Long, Boolean> latest = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT k.customer.id, k.granted FROM Consent k WHERE k.purpose = :p AND k.customer.id IN :ids "
                                + "ORDER BY k.recordedAt, k.id",
                        Object[].class)
                .setParameter("p", ConsentPurpose.ANALYTICS)
                .setParameter("ids", List.copyOf(customers))
                .getResultStream()
                .forEach(row -> latest.put((Long) row[0], (Boolean) row[1]));
        return latest.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    public Set<Long> withdrawnCustomers() {
        Map<Long, Boolean> latest = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT k.customer.id, k.granted FROM Consent k WHERE k.purpose = :p "
                                + "ORDER BY k.recordedAt, k.id",
                        Object[].class)
                .setParameter("p", ConsentPurpose.ANALYTICS)
                .getResultStream()
                .forEach(row -> latest.put((Long) row[0], (Boolean) row[1]));
        return latest.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
