package org.caredesk.domain.customer.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.Contact;

/**
 * The customer 360's lower half: every case and every contact of a customer across channels, newest
 * first, internal notes marked as such (staff only: the caller has already audited the opening).
 */
@ApplicationScoped
public class CustomerTimeline {
    private final EntityManager entityManager;
    private final CaseQueries cases;

    protected CustomerTimeline() {
        this(null, null);
    }

    @Inject
    public CustomerTimeline(EntityManager entityManager, CaseQueries cases) {
        this.entityManager = entityManager;
        this.cases = cases;
    }

    public record Entry(
            long id,
            Instant at,
            String channel,
            String direction,
            String author,
            boolean internal,
            String caseNumber,
            String text,
            String sentiment,
            List<String> hazards) {}

    public List<CaseSummary> cases(long customerId) {
        return cases.ofCustomer(customerId);
    }

    public List<Entry> contacts(long customerId) {
        Map<Long, List<String>> hazards = hazards(customerId);
        return entityManager
                .createQuery(
                        "SELECT k FROM Contact k LEFT JOIN FETCH k.supportCase"
                                + " WHERE k.customer.id = :id ORDER BY k.receivedAt DESC, k.id DESC",
                        Contact.class)
                .setParameter("id", customerId)
                .getResultStream()
                .map(k -> new Entry(
                        k.getId(),
                        k.getReceivedAt(),
                        k.getChannel().wireName(),
                        k.getDirection().name().toLowerCase(Locale.ROOT),
                        k.getAuthor().name().toLowerCase(Locale.ROOT),
                        k.isInternalNote(),
                        k.getSupportCase() == null ? null : k.getSupportCase().getCaseNumber(),
                        k.getBody(),
                        k.getSentiment(),
                        hazards.getOrDefault(k.getId(), List.of())))
                .toList();
    }

    /** Every hazard category of the customer's contacts by contact, in one query (not one per contact). */
    private Map<Long, List<String>> hazards(long customerId) {
        Map<Long, List<String>> byContact = new HashMap<>();
        entityManager
                .createQuery(
                        "SELECT k.id, h.category FROM Contact k JOIN k.hazards h WHERE k.customer.id = :id",
                        Object[].class)
                .setParameter("id", customerId)
                .getResultStream()
                .forEach(r -> byContact
                        .computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add((String) r[1]));
        return byContact;
    }
}
