package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.ConsumerDetails;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.segment.SegmentCriteria;
import org.caredesk.domain.segment.SegmentException;
import org.caredesk.domain.segment.SegmentMember;
import org.caredesk.domain.segment.Segments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Segment membership from the one compiled query against an independent computation in plain Java
 * over the same generated customers (units, messages, cases, ratings, consent histories), on every
 * supported database (see the subclasses).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SegmentContract extends DatabaseContract {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String[] REGIONS = {"Lombardia", "Lazio", "Sicilia", null};
    private static final String[] SENTIMENTS = {"negative", "neutral", "positive", null};

    record Unit(long productId, String model, String serial, LocalDate purchased) {}

    record Message(boolean complaint, String sentiment, Instant at) {}

    record Case(Instant resolvedAt, Integer csat) {}

    record Person(
            long id,
            String language,
            String region,
            boolean erased,
            List<Unit> units,
            List<Message> messages,
            List<Case> cases,
            Map<ConsentPurpose, Boolean> consents) {}

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<Person> people = new ArrayList<>();
    private final List<Long> productIds = new ArrayList<>();
    private Segments segments;

    @BeforeParameterizedClassInvocation
    void setUp() {
        // One instance serves both databases: what the previous run generated is not in this database.
        people.clear();
        productIds.clear();
        segments = new Segments(jpa.entityManager(), clock);
        generate(new Random(17), 150);
    }

    @Test
    void everyCriterionAloneAndInCombinationMatchesTheIndependentComputation() {
        List<SegmentCriteria> cases = new ArrayList<>();
        cases.add(SegmentCriteria.everyone());
        cases.add(criteria(c -> c.products = Set.of(productIds.get(0))));
        cases.add(criteria(c -> c.model = "hx-2"));
        cases.add(criteria(c -> {
            c.serialFrom = "sn-300";
            c.serialTo = "SN-650";
        }));
        cases.add(criteria(c -> {
            c.products = Set.of(productIds.get(1), productIds.get(2));
            c.purchasedFrom = LocalDate.of(2025, 3, 1);
            c.purchasedTo = LocalDate.of(2025, 12, 31);
        }));
        cases.add(criteria(c -> c.region = "lombardia"));
        cases.add(criteria(c -> c.language = "it"));
        cases.add(criteria(c -> c.minComplaints = 2));
        cases.add(criteria(c -> {
            c.minComplaints = 1;
            c.sentiment = "negative";
            c.since = LocalDate.of(2026, 6, 1);
        }));
        cases.add(criteria(c -> c.minCases = 2));
        cases.add(criteria(c -> c.resolvedSince = LocalDate.of(2026, 11, 1)));
        cases.add(criteria(c -> c.csatMax = 2));
        cases.add(criteria(c -> {
            c.csatMin = 4;
            c.csatMax = 5;
        }));
        cases.add(criteria(c -> c.consents = EnumSet.of(ConsentPurpose.MARKETING)));
        cases.add(criteria(c -> c.consents = EnumSet.of(ConsentPurpose.MARKETING, ConsentPurpose.CONTACT_BY_EMAIL)));
        Random random = new Random(23);
        for (int i = 0; i < 40; i++) {
            cases.add(randomCriteria(random));
        }
        int nonEmpty = 0;
        for (SegmentCriteria criteria : cases) {
            Set<Long> expected = people.stream()
                    .filter(p -> matches(p, criteria))
                    .map(Person::id)
                    .collect(Collectors.toSet());
            long count = jpa.inTransaction(em -> segments.count(criteria));
            Set<Long> members = allMembers(criteria);
            assertEquals(expected.size(), count, () -> "count of " + criteria);
            assertEquals(expected, members, () -> "members of " + criteria);
            if (!expected.isEmpty() && expected.size() < people.size()) {
                nonEmpty++;
            }
        }
        // The comparison means something only when most criteria select some but not all.
        assertTrue(nonEmpty > cases.size() / 2, "criteria that split the customers: " + nonEmpty);
    }

    @Test
    void criteriaThatCannotMeanAnythingAreRefusedWithTheirReason() {
        SegmentCriteria backwards = criteria(c -> {
            c.serialFrom = "SN-900";
            c.serialTo = "SN-100";
        });
        SegmentException refused = assertThrows(SegmentException.class, () -> segments.count(backwards));
        assertEquals(List.of("segment.error.serialRange"), refused.problems());
        assertEquals(List.of("segment.error.csat"), criteria(c -> c.csatMin = 6).problems());
    }

    @Test
    void aSavedSegmentKeepsItsCriteria() {
        SegmentCriteria criteria = criteria(c -> {
            c.products = Set.of(productIds.get(0), productIds.get(3));
            c.region = "Lazio";
            c.consents = EnumSet.of(ConsentPurpose.MARKETING);
            c.csatMin = 2;
        });
        var saved = jpa.inTransaction(em -> segments.save("  Lazio owners ", criteria, "sup@example.com"));
        assertEquals("Lazio owners", saved.name());
        assertEquals(
                criteria,
                jpa.inTransaction(em -> segments.find(saved.id()).orElseThrow().criteria()));
        SegmentException unnamed = assertThrows(
                SegmentException.class, () -> jpa.inTransaction(em -> segments.save(" ", criteria, "sup@example.com")));
        assertEquals(List.of("segment.error.name"), unnamed.problems());
    }

    private Set<Long> allMembers(SegmentCriteria criteria) {
        Set<Long> ids = new HashSet<>();
        long after = 0;
        while (true) {
            long from = after;
            List<SegmentMember> page = jpa.inTransaction(em -> segments.members(criteria, from, 40));
            page.forEach(m -> ids.add(m.customerId()));
            if (page.size() < 40) {
                return ids;
            }
            after = page.get(page.size() - 1).customerId();
        }
    }

    /** The independent computation: the criteria's meaning, written out over the generated records. */
    private static boolean matches(Person p, SegmentCriteria k) {
        if (p.erased()) {
            return false;
        }
        if (k.region() != null && (p.region() == null || !p.region().equalsIgnoreCase(k.region()))) {
            return false;
        }
        if (k.language() != null && !k.language().equals(p.language())) {
            return false;
        }
        if (k.aboutUnits() && p.units().stream().noneMatch(u -> unitMatches(u, k))) {
            return false;
        }
        if (k.minComplaints() != null) {
            long complaints = p.messages().stream()
                    .filter(Message::complaint)
                    .filter(m -> k.complaintSentiment() == null
                            || k.complaintSentiment().equals(m.sentiment()))
                    .filter(m -> k.complaintsSince() == null
                            || !m.at().isBefore(k.complaintsSince()
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant()))
                    .count();
            if (complaints < k.minComplaints()) {
                return false;
            }
        }
        if (k.minCases() != null && p.cases().size() < k.minCases()) {
            return false;
        }
        if (k.resolvedSince() != null
                && p.cases().stream()
                        .noneMatch(c -> c.resolvedAt() != null
                                && !c.resolvedAt()
                                        .isBefore(k.resolvedSince()
                                                .atStartOfDay(ZoneOffset.UTC)
                                                .toInstant()))) {
            return false;
        }
        if ((k.csatMin() != null || k.csatMax() != null)
                && p.cases().stream()
                        .noneMatch(c -> c.csat() != null
                                && c.csat() >= (k.csatMin() == null ? 1 : k.csatMin())
                                && c.csat() <= (k.csatMax() == null ? 5 : k.csatMax()))) {
            return false;
        }
        return k.consents().stream().allMatch(purpose -> p.consents().getOrDefault(purpose, false));
    }

    private static boolean unitMatches(Unit u, SegmentCriteria k) {
        return (k.productIds().isEmpty() || k.productIds().contains(u.productId()))
                && (k.model() == null
                        || u.model().toUpperCase().contains(k.model().toUpperCase()))
                && (k.serialFrom() == null || u.serial().compareToIgnoreCase(k.serialFrom()) >= 0)
                && (k.serialTo() == null || u.serial().compareToIgnoreCase(k.serialTo()) <= 0)
                && (k.purchasedFrom() == null || !u.purchased().isBefore(k.purchasedFrom()))
                && (k.purchasedTo() == null || !u.purchased().isAfter(k.purchasedTo()));
    }

    /** Mutable builder for readable test criteria. */
    static final class Builder {
        Set<Long> products;
        String model;
        String serialFrom;
        String serialTo;
        LocalDate purchasedFrom;
        LocalDate purchasedTo;
        String region;
        String language;
        Integer minComplaints;
        String sentiment;
        LocalDate since;
        Integer minCases;
        LocalDate resolvedSince;
        Integer csatMin;
        Integer csatMax;
        Set<ConsentPurpose> consents;

        SegmentCriteria build() {
            return new SegmentCriteria(
                    products,
                    model,
                    serialFrom,
                    serialTo,
                    purchasedFrom,
                    purchasedTo,
                    region,
                    language,
                    minComplaints,
                    sentiment,
                    since,
                    minCases,
                    resolvedSince,
                    csatMin,
                    csatMax,
                    consents);
        }
    }

    static SegmentCriteria criteria(java.util.function.Consumer<Builder> set) {
        Builder builder = new Builder();
        set.accept(builder);
        return builder.build();
    }

    private SegmentCriteria randomCriteria(Random r) {
        return criteria(c -> {
            if (r.nextInt(3) == 0) {
                c.products = Set.of(productIds.get(r.nextInt(productIds.size())));
            }
            if (r.nextInt(5) == 0) {
                c.model = "HX-" + (1 + r.nextInt(4));
            }
            if (r.nextInt(4) == 0) {
                int from = r.nextInt(900);
                c.serialFrom = String.format("SN-%03d", from);
                c.serialTo = String.format("SN-%03d", from + r.nextInt(999 - from));
            }
            if (r.nextInt(4) == 0) {
                c.purchasedFrom = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
            }
            if (r.nextInt(3) == 0) {
                c.region = REGIONS[r.nextInt(3)];
            }
            if (r.nextInt(3) == 0) {
                c.language = r.nextBoolean() ? "en" : "it";
            }
            if (r.nextInt(3) == 0) {
                c.minComplaints = 1 + r.nextInt(3);
                c.sentiment = SENTIMENTS[r.nextInt(SENTIMENTS.length)];
            }
            if (r.nextInt(4) == 0) {
                c.minCases = 1 + r.nextInt(2);
            }
            if (r.nextInt(5) == 0) {
                c.csatMax = 1 + r.nextInt(5);
            }
            if (r.nextInt(3) == 0) {
                c.consents = r.nextBoolean()
                        ? EnumSet.of(ConsentPurpose.MARKETING)
                        : EnumSet.of(ConsentPurpose.MARKETING, ConsentPurpose.CONTACT_BY_EMAIL);
            }
        });
    }

    private void generate(Random r, int customers) {
        List<String> models = List.of("HX-1", "HX-2", "HX-3", "HX-4");
        for (String model : models) {
            String code = "SEG-" + UUID.randomUUID().toString().substring(0, 8);
            productIds.add(jpa.inTransaction(em -> {
                Product product = new Product(
                        code,
                        "Segment test " + model,
                        "Test",
                        "heating",
                        List.of(),
                        List.of(model, model + "B"),
                        24,
                        true);
                em.persist(product);
                return product.getId();
            }));
        }
        for (int i = 0; i < customers; i++) {
            people.add(jpa.inTransaction(em -> person(r, em, models)));
        }
    }

    private Person person(Random r, jakarta.persistence.EntityManager em, List<String> models) {
        String language = r.nextBoolean() ? "en" : "it";
        Customer customer = new Customer(
                "P", "Q", "seg." + UUID.randomUUID() + "@example.com", null, language, NOW.minusSeconds(86_400 * 400));
        String region = REGIONS[r.nextInt(REGIONS.length)];
        customer.changeRegion(region);
        em.persist(customer);
        List<Unit> units = new ArrayList<>();
        for (int u = r.nextInt(4); u > 0; u--) {
            int index = r.nextInt(productIds.size());
            Unit unit = new Unit(
                    productIds.get(index),
                    models.get(index),
                    String.format(r.nextBoolean() ? "SN-%03d" : "sn-%03d", r.nextInt(1000)),
                    LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1050)));
            units.add(unit);
            em.persist(new OwnedProduct(
                    customer, em.find(Product.class, unit.productId()), unit.serial(), unit.purchased()));
        }
        List<Message> messages = new ArrayList<>();
        for (int m = r.nextInt(5); m > 0; m--) {
            boolean complaint = r.nextInt(4) != 0;
            String sentiment = SENTIMENTS[r.nextInt(SENTIMENTS.length)];
            Instant at = NOW.minusSeconds(r.nextInt(86_400 * 365));
            // An agent's answer on the customer's history is never a complaint, whatever its tone.
            Contact contact = complaint
                    ? Contact.inbound(Channel.WEB, "message", at).from(customer).build()
                    : Contact.fromAgent(Channel.EMAIL, "answer", at)
                            .from(customer)
                            .build();
            if (sentiment != null) {
                contact.tag(new ContactTags(language, sentiment, 0.5, "x", 1, List.of(), List.of()));
            }
            em.persist(contact);
            messages.add(new Message(complaint, sentiment, at));
        }
        List<Case> cases = new ArrayList<>();
        for (int c = r.nextInt(4); c > 0; c--) {
            Instant opened = NOW.minusSeconds(r.nextInt(86_400 * 300) + 86_400L);
            SupportCase supportCase = new SupportCase(
                    "SEG-" + UUID.randomUUID().toString().substring(0, 12),
                    "hash",
                    "subject",
                    Channel.WEB,
                    language,
                    customer,
                    null,
                    ConsumerDetails.NONE,
                    opened);
            Instant resolved = null;
            Integer csat = null;
            if (r.nextBoolean()) {
                resolved = opened.plusSeconds(r.nextInt(86_400 * 20));
                if (resolved.isAfter(NOW)) {
                    resolved = NOW;
                }
                supportCase.changeStatus(CaseStatus.RESOLVED, resolved);
                if (r.nextBoolean()) {
                    csat = 1 + r.nextInt(5);
                    supportCase.rate(csat, null, resolved);
                }
            }
            em.persist(supportCase);
            cases.add(new Case(resolved, csat));
        }
        Map<ConsentPurpose, Boolean> inForce = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : List.of(ConsentPurpose.MARKETING, ConsentPurpose.CONTACT_BY_EMAIL)) {
            Instant at = NOW.minusSeconds(86_400 * 200);
            for (int d = r.nextInt(4); d > 0; d--) {
                boolean granted = r.nextBoolean();
                // Some decisions share a timestamp: the later id is then the one in force.
                at = r.nextInt(4) == 0 ? at : at.plusSeconds(1 + r.nextInt(86_400 * 30));
                ConsentCentre.record(em, customer, purpose, granted, at, "test");
                em.flush();
                inForce.put(purpose, granted);
            }
        }
        boolean erased = r.nextInt(20) == 0;
        if (erased) {
            customer.erase();
        }
        return new Person(customer.getId(), language, region, erased, units, messages, cases, inForce);
    }
}
