package org.caredesk.domain.segment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Author;
import org.caredesk.domain.contact.Direction;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.privacy.ConsentInForce;
import org.caredesk.domain.privacy.ConsentPurpose;

/**
 * Compiles segment criteria to ONE query over customers (JPA Criteria: every value a bound parameter,
 * every criterion a predicate or an {@code EXISTS}/count subquery), so counting a segment of any size
 * is one round trip and no user text ever becomes SQL. Erased customers are never in a segment.
 */
final class SegmentQuery {
    private final EntityManager em;
    private final CriteriaBuilder cb;

    SegmentQuery(EntityManager em) {
        this.em = em;
        this.cb = em.getCriteriaBuilder();
    }

    long count(SegmentCriteria criteria) {
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Customer> c = query.from(Customer.class);
        query.select(cb.count(c)).where(matching(query, c, criteria));
        return em.createQuery(query).getSingleResult();
    }

    List<SegmentMember> members(SegmentCriteria criteria, long afterId, int limit) {
        CriteriaQuery<SegmentMember> query = cb.createQuery(SegmentMember.class);
        Root<Customer> c = query.from(Customer.class);
        List<Predicate> where = new ArrayList<>(List.of(matching(query, c, criteria)));
        where.add(cb.greaterThan(c.get("id"), afterId));
        query.select(cb.construct(
                        SegmentMember.class, c.get("id"), c.get("email"), c.get("language"), c.get("firstName")))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(c.get("id")));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    private Predicate[] matching(CriteriaQuery<?> query, Root<Customer> c, SegmentCriteria k) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(c.get("erased"), false));
        if (k.region() != null) {
            where.add(cb.equal(cb.upper(c.get("region")), SegmentCriteria.upper(k.region())));
        }
        if (k.language() != null) {
            where.add(cb.equal(c.get("language"), k.language()));
        }
        if (k.aboutUnits()) {
            where.add(cb.exists(ownedUnit(query, c, k)));
        }
        if (k.minComplaints() != null && k.minComplaints() > 0) {
            where.add(cb.exists(complaints(query, c, k)));
        }
        if (k.minCases() != null && k.minCases() > 0) {
            Subquery<Long> cases = query.subquery(Long.class);
            Root<SupportCase> s = cases.from(SupportCase.class);
            cases.select(s.get("customer").get("id"))
                    .where(cb.equal(s.get("customer"), c))
                    .groupBy(s.get("customer").get("id"))
                    .having(cb.greaterThanOrEqualTo(cb.count(s), k.minCases().longValue()));
            where.add(cb.exists(cases));
        }
        if (k.resolvedSince() != null) {
            Subquery<Long> resolved = query.subquery(Long.class);
            Root<SupportCase> s = resolved.from(SupportCase.class);
            resolved.select(s.get("id"))
                    .where(
                            cb.equal(s.get("customer"), c),
                            cb.greaterThanOrEqualTo(s.<Instant>get("resolvedAt"), startOf(k.resolvedSince())));
            where.add(cb.exists(resolved));
        }
        if (k.csatMin() != null || k.csatMax() != null) {
            Subquery<Long> rated = query.subquery(Long.class);
            Root<SupportCase> s = rated.from(SupportCase.class);
            Path<Integer> score = s.get("csatScore");
            rated.select(s.get("id"))
                    .where(
                            cb.equal(s.get("customer"), c),
                            cb.isNotNull(score),
                            cb.greaterThanOrEqualTo(score, k.csatMin() == null ? 1 : k.csatMin()),
                            cb.lessThanOrEqualTo(score, k.csatMax() == null ? 5 : k.csatMax()));
            where.add(cb.exists(rated));
        }
        for (ConsentPurpose purpose : k.consents()) {
            where.add(cb.exists(consentInForce(query, c, purpose)));
        }
        return where.toArray(Predicate[]::new);
    }

    private Subquery<Long> ownedUnit(CriteriaQuery<?> query, Root<Customer> c, SegmentCriteria k) {
        Subquery<Long> units = query.subquery(Long.class);
        Root<OwnedProduct> o = units.from(OwnedProduct.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(o.get("customer"), c));
        if (!k.productIds().isEmpty()) {
            where.add(o.get("product").get("id").in(k.productIds()));
        }
        if (k.model() != null) {
            Join<Object, Object> product = o.join("product");
            // A bound LIKE pattern; the criteria refuse % and _ in the model, so the text matches literally.
            // (No ESCAPE clause nor LOCATE: with either, EclipseLink stops binding on H2 and prints false as 0.)
            where.add(cb.like(
                    cb.upper(product.<String>get("modelNumbers")), "%" + SegmentCriteria.upper(k.model()) + "%"));
        }
        Path<String> serial = o.get("serialNumber");
        if (k.serialFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(cb.upper(serial), SegmentCriteria.upper(k.serialFrom())));
        }
        if (k.serialTo() != null) {
            where.add(cb.lessThanOrEqualTo(cb.upper(serial), SegmentCriteria.upper(k.serialTo())));
        }
        Path<LocalDate> purchased = o.get("purchasedOn");
        if (k.purchasedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(purchased, k.purchasedFrom()));
        }
        if (k.purchasedTo() != null) {
            where.add(cb.lessThanOrEqualTo(purchased, k.purchasedTo()));
        }
        return units.select(o.get("id")).where(where.toArray(Predicate[]::new));
    }

    private Subquery<Long> complaints(CriteriaQuery<?> query, Root<Customer> c, SegmentCriteria k) {
        Subquery<Long> complaints = query.subquery(Long.class);
        Root<Contact> m = complaints.from(Contact.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(m.get("customer"), c));
        where.add(cb.equal(m.get("direction"), Direction.INBOUND));
        where.add(cb.equal(m.get("author"), Author.CONSUMER));
        if (k.complaintSentiment() != null) {
            where.add(cb.equal(m.get("sentiment"), k.complaintSentiment()));
        }
        if (k.complaintsSince() != null) {
            where.add(cb.greaterThanOrEqualTo(m.<Instant>get("receivedAt"), startOf(k.complaintsSince())));
        }
        // "At least n": the customer's group of matching messages has n rows (EXISTS … HAVING COUNT, portable).
        return complaints
                .select(m.get("customer").get("id"))
                .where(where.toArray(Predicate[]::new))
                .groupBy(m.get("customer").get("id"))
                .having(cb.greaterThanOrEqualTo(cb.count(m), k.minComplaints().longValue()));
    }

    /**
     * The decision in force for the purpose grants it: one probe of {@code consent_current}'s key (kept with
     * every decision by {@code ConsentCentre.record}), not a search for each customer's latest decision.
     */
    private Subquery<Long> consentInForce(CriteriaQuery<?> query, Root<Customer> c, ConsentPurpose purpose) {
        Subquery<Long> granted = query.subquery(Long.class);
        Root<ConsentInForce> d = granted.from(ConsentInForce.class);
        return granted.select(d.get("customerId"))
                .where(
                        cb.equal(d.get("customerId"), c.get("id")),
                        cb.equal(d.get("purpose"), purpose),
                        cb.isTrue(d.get("granted")));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
