package org.caredesk.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caredesk.domain.customer.Customer;

/** A customer's consents: the decision in force per purpose, every change appended to the history. */
@ApplicationScoped
@Transactional
public class ConsentCentre {
    /** One decision as the customer sees it in the history. */
    public record Decision(String purpose, boolean granted, Instant at, String source) {}

    private final EntityManager entityManager;
    private final Clock clock;

    protected ConsentCentre() {
        this(null, null);
    }

    @Inject
    public ConsentCentre(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The decision in force for every purpose; a purpose never decided is not granted. */
    public Map<ConsentPurpose, Boolean> current(long customerId) {
        Map<ConsentPurpose, Boolean> current = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            current.put(purpose, false);
        }
        decisions(customerId).forEach(d -> current.put(d.getPurpose(), d.isGranted()));
        return current;
    }

    /** Every decision, newest first. */
    public List<Decision> history(long customerId) {
        List<Decision> history = new java.util.ArrayList<>(decisions(customerId).stream()
                .map(d -> new Decision(
                        d.getPurpose().name().toLowerCase(Locale.ROOT),
                        d.isGranted(),
                        d.getRecordedAt(),
                        d.getSource()))
                .toList());
        java.util.Collections.reverse(history);
        return history;
    }

    /** Records a decision when it changes what is in force; answers whether it did. */
    public boolean decide(long customerId, ConsentPurpose purpose, boolean granted, String source) {
        if (current(customerId).get(purpose) == granted
                && decisions(customerId).stream().anyMatch(d -> d.getPurpose() == purpose)) {
            return false;
        }
        Customer customer = entityManager.find(Customer.class, customerId);
        if (customer == null || customer.isErased()) {
            return false;
        }
        record(entityManager, customer, purpose, granted, clock.instant(), source);
        return true;
    }

    /**
     * Appends a decision to the history and makes it the one in force when it is the latest (the only way
     * decisions are written: registration, the demo data and the tests use it too).
     */
    public static Consent record(
            EntityManager em, Customer customer, ConsentPurpose purpose, boolean granted, Instant at, String source) {
        Consent decision = new Consent(customer, purpose, granted, at, source);
        em.persist(decision); // the id comes from the sequence here, before the flush
        // locked: two decisions at once for the same customer and purpose leave the later one in force
        ConsentInForce inForce = em.createQuery(
                        "SELECT k FROM ConsentInForce k WHERE k.customerId = :c AND k.purpose = :p",
                        ConsentInForce.class)
                .setParameter("c", customer.getId())
                .setParameter("p", purpose)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (inForce == null) {
            em.persist(new ConsentInForce(customer.getId(), decision));
        } else {
            inForce.follow(decision);
        }
        return decision;
    }

    private List<Consent> decisions(long customerId) {
        return entityManager
                .createQuery(
                        "SELECT k FROM Consent k WHERE k.customer.id = :id ORDER BY k.recordedAt, k.id", Consent.class)
                .setParameter("id", customerId)
                .getResultList();
    }
}
