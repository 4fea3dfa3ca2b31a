package org.caredesk.domain.automation;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Direction;

/** Reads a case's {@link CaseFacts}: its own fields, its contacts' hazard categories, the latest consumer message. */
final class CaseFactsReader {
    private final EntityManager entityManager;
    private final CustomerSegments segments;

    CaseFactsReader(EntityManager entityManager, CustomerSegments segments) {
        this.entityManager = entityManager;
        this.segments = segments;
    }

    CaseFacts read(SupportCase c, String sla) {
        List<String> categories = entityManager
                .createQuery(
                        "SELECT DISTINCT h.category FROM Contact k JOIN k.hazards h WHERE k.supportCase = :c",
                        String.class)
                .setParameter("c", c)
                .getResultList();
        String latest = entityManager
                .createQuery(
                        "SELECT k.body FROM Contact k WHERE k.supportCase = :c AND k.direction = :in"
                                + " ORDER BY k.receivedAt DESC, k.id DESC",
                        String.class)
                .setParameter("c", c)
                .setParameter("in", Direction.INBOUND)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new CaseFacts(
                c.getChannel().wireName(),
                c.productName(),
                c.getProduct() == null ? null : c.getProduct().getCode(),
                c.getLanguage(),
                c.getSentiment(),
                c.isHazard(),
                new HashSet<>(categories),
                c.getTags(),
                segments == null ? null : segments.of(c.getCustomer()),
                latest == null ? null : c.getSubject() + "\n" + latest,
                sla);
    }
}
