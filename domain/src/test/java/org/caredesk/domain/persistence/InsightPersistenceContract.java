package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.caredesk.domain.alert.Alert;
import org.caredesk.domain.alert.AlertDecision;
import org.caredesk.domain.alert.AlertDetails;
import org.caredesk.domain.alert.AlertOrder;
import org.caredesk.domain.alert.AlertPage;
import org.caredesk.domain.alert.AlertQueries;
import org.caredesk.domain.alert.AlertView;
import org.caredesk.domain.alert.AlertWorkflow;
import org.caredesk.domain.alert.AlertWriter;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.insight.AnalyticsExclusions;
import org.caredesk.domain.insight.SentimentDashboard;
import org.caredesk.domain.insight.SentimentFigures;
import org.caredesk.domain.insight.SentimentRollup;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailSettings;
import org.caredesk.domain.mail.MailStatus;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutboxMailView;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.recall.OwnerRecallNotice;
import org.caredesk.domain.recall.RecallDraft;
import org.caredesk.domain.recall.RecallMail;
import org.caredesk.domain.recall.RecallNoticeView;
import org.caredesk.domain.recall.RecallNotices;
import org.caredesk.sentiment.warning.SafetySignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Alert history, recall notices and the sentiment figures on every supported database (see the
 * subclasses), against the real schema from the Flyway migrations.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class InsightPersistenceContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private AlertWorkflow workflow;
    private AlertDetails details;
    private RecallNotices recalls;
    private SentimentDashboard dashboard;
    private MailOutbox outbox;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        workflow = new AlertWorkflow(em, new FeedPublisher(em, clock), clock);
        details = new AlertDetails(em, clock);
        outbox = new MailOutbox(em, clock);
        // Demo mode without SMTP: mails are held in the outbox, where the test reads them.
        Mailer mailer = new Mailer(
                outbox,
                MailSettings.from(key -> null),
                new CareDeskSettings(
                        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), null, null, null, true, 10),
                null);
        recalls = new RecallNotices(em, new RecallMail(mailer), clock);
        dashboard = new SentimentDashboard(em, new AnalyticsExclusions(em), new SentimentRollup(em), clock);
    }

    /**
     * EarlyWarningIT's regression: after a supervisor dismissed the demo's fire burst, the rebuilt
     * watch found the same episode again in a later window (the dismissed days now counted in the
     * baseline) and as a product-level rise over the same complaints; both were raised anew.
     */
    @Test
    void aDismissedPatternStaysDismissedWhenItComesBackInALaterWindowOrUnderAnotherTopic() {
        Product product = product();
        AlertWriter writer = new AlertWriter(jpa.entityManager(), new FeedPublisher(jpa.entityManager(), clock));
        LocalDate start = LocalDate.of(2026, 11, 16);
        List<String> ids = complaints(product, 10);
        long alert = jpa.inTransaction(em -> writer.apply(
                        signal(product, "fire", SafetySignal.Kind.BURST, start, start.plusDays(6), ids.subList(0, 4))))
                .orElseThrow()
                .alert()
                .id();
        jpa.inTransaction(
                em -> workflow.decide(alert, new AlertDecision("dismissed", "Known batch"), "sup@example.com"));

        // The same hazard, a window that no longer overlaps the dismissed one, within the episode's reach.
        assertTrue(jpa.inTransaction(em -> writer.apply(signal(
                        product,
                        "fire",
                        SafetySignal.Kind.BURST,
                        start.plusDays(11),
                        start.plusDays(17),
                        ids.subList(4, 7))))
                .isEmpty());
        // Another topic over mostly the same complaints.
        assertTrue(jpa.inTransaction(em -> writer.apply(signal(
                        product,
                        SafetySignal.ANY_HAZARD,
                        SafetySignal.Kind.RISE,
                        start.minusDays(7),
                        start.plusDays(6),
                        List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(7)))))
                .isEmpty());
        // Another topic about other complaints is another pattern.
        assertTrue(jpa.inTransaction(em -> writer.apply(signal(
                        product,
                        "overheating",
                        SafetySignal.Kind.BURST,
                        start.plusDays(2),
                        start.plusDays(4),
                        ids.subList(7, 10))))
                .isPresent());
        // The same hazard long after the dismissed episode is new again.
        assertTrue(jpa.inTransaction(em -> writer.apply(signal(
                        product,
                        "fire",
                        SafetySignal.Kind.BURST,
                        start.plusDays(120),
                        start.plusDays(126),
                        ids.subList(4, 7))))
                .isPresent());
    }

    /**
     * The watch keeps a product's alert open for SafetyWatch.CONSOLIDATION_DAYS; a new signal after that
     * is a new alert even when the old alert's window grew up to it, as the recall backtest counts it.
     */
    @Test
    void aNewSignalJoinsAnOpenAlertButRaisesAFreshOneOnceTheOldAlertIsNoLongerOpen() {
        Product product = product();
        AlertWriter writer = new AlertWriter(jpa.entityManager(), new FeedPublisher(jpa.entityManager(), clock));
        LocalDate start = LocalDate.of(2025, 1, 1);
        List<String> ids = complaints(product, 9);
        assertTrue(jpa.inTransaction(em -> writer.apply(signal(
                        product,
                        SafetySignal.ANY_HAZARD,
                        SafetySignal.Kind.RISE,
                        start,
                        start.plusDays(27),
                        ids.subList(0, 3))))
                .orElseThrow()
                .raised());
        // Within half a year: the overlapping window grows the open alert.
        SafetySignal within = signal(
                product,
                SafetySignal.ANY_HAZARD,
                SafetySignal.Kind.RISE,
                start.plusDays(20),
                start.plusDays(200),
                ids.subList(3, 6));
        assertTrue(!jpa.inTransaction(em -> writer.apply(within)).orElseThrow().raised());
        // Later, the window still overlaps the grown alert, but the alert was raised over 180 days before.
        SafetySignal later = signal(
                product,
                SafetySignal.ANY_HAZARD,
                SafetySignal.Kind.RISE,
                start.plusDays(190),
                start.plusDays(217),
                ids.subList(6, 9));
        assertTrue(jpa.inTransaction(em -> writer.apply(later)).orElseThrow().raised());
    }

    private List<String> complaints(Product product, int count) {
        return jpa.inTransaction(em -> {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                Contact c = Contact.inbound(Channel.WEB, "The heater caught fire", clock.instant())
                        .about(em.find(Product.class, product.getId()))
                        .build();
                em.persist(c);
                em.flush();
                ids.add(c.getId().toString());
            }
            return ids;
        });
    }

    @Test
    void bySeverityTheAlertTellingOfFiresAndCrashesComesFirstThenTheStrongestRise() {
        Product product = product();
        AlertWriter writer = new AlertWriter(jpa.entityManager(), new FeedPublisher(jpa.entityManager(), clock));
        List<String> ids = complaints(product, 9);
        LocalDate day = LocalDate.of(2025, 3, 1);
        // Oldest: severe evidence. Then a strong rise without severe evidence. Newest: a mild one.
        long severe = jpa.inTransaction(em -> writer.apply(new SafetySignal(
                        product.getCode(),
                        "fire",
                        SafetySignal.Kind.BURST,
                        true,
                        day,
                        day.plusDays(2),
                        3,
                        1.0,
                        1e-4,
                        day.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC),
                        ids.subList(0, 3),
                        2,
                        "Three fires.")))
                .orElseThrow()
                .alert()
                .id();
        long strong = jpa.inTransaction(em -> writer.apply(new SafetySignal(
                        product.getCode(),
                        "any-hazard",
                        SafetySignal.Kind.RISE,
                        true,
                        day.plusDays(10),
                        day.plusDays(16),
                        3,
                        0.2,
                        1e-5,
                        day.plusDays(16).atStartOfDay().toInstant(ZoneOffset.UTC),
                        ids.subList(3, 6),
                        0,
                        "A rise.")))
                .orElseThrow()
                .alert()
                .id();
        long mild = jpa.inTransaction(em -> writer.apply(new SafetySignal(
                        product.getCode(),
                        "overheating",
                        SafetySignal.Kind.RISE,
                        true,
                        day.plusDays(20),
                        day.plusDays(26),
                        3,
                        2.0,
                        1e-3,
                        day.plusDays(26).atStartOfDay().toInstant(ZoneOffset.UTC),
                        ids.subList(6, 9),
                        0,
                        "A mild rise.")))
                .orElseThrow()
                .alert()
                .id();
        AlertQueries queries = new AlertQueries(jpa.entityManager());
        assertEquals(
                List.of(severe, strong, mild),
                jpa.inTransaction(em -> queries.list(null, AlertOrder.SEVERITY)).stream()
                        .filter(a -> a.productCode().equals(product.getCode()))
                        .map(AlertView::id)
                        .toList());
        assertEquals(
                List.of(mild, strong, severe),
                jpa.inTransaction(em -> queries.list(null)).stream()
                        .filter(a -> a.productCode().equals(product.getCode()))
                        .map(AlertView::id)
                        .toList());

        // The badge on every console page needs only the waiting alerts' ids: one statement, and no count of
        // every registered unit (which grows with the customers) as the list's rates need.
        CountingDataSource counting = new CountingDataSource(database.dataSource());
        try (JpaHarness counted = new JpaHarness(counting.dataSource())) {
            List<Long> raised = counted.inTransaction(em -> new AlertQueries(em).raisedIds());
            assertEquals(
                    jpa.inTransaction(em -> queries.list(org.caredesk.domain.alert.AlertStatus.RAISED)).stream()
                            .map(AlertView::id)
                            .collect(java.util.stream.Collectors.toSet()),
                    java.util.Set.copyOf(raised));
            assertEquals(
                    List.of(mild, strong, severe),
                    raised.stream()
                            .filter(id -> List.of(severe, strong, mild).contains(id))
                            .toList(),
                    "newest first");
            assertEquals(1, counting.statements(), () -> "statements: " + counting.sql());
        }
    }

    private static SafetySignal signal(
            Product product,
            String topic,
            SafetySignal.Kind kind,
            LocalDate from,
            LocalDate to,
            List<String> evidence) {
        return new SafetySignal(
                product.getCode(),
                topic,
                kind,
                true,
                from,
                to,
                evidence.size(),
                0.5,
                1e-6,
                to.atTime(12, 0).toInstant(ZoneOffset.UTC),
                evidence,
                0,
                "Test signal.");
    }

    @Test
    void decisionsAreKeptAsTheAlertsHistoryAndTheChartCoversTheWindow() {
        Product product = product();
        long alert = raisedAlert(product);

        jpa.inTransaction(em -> workflow.decide(alert, new AlertDecision("acknowledged", null), "sup@example.com"));
        jpa.inTransaction(em ->
                workflow.decide(alert, new AlertDecision("escalated", "Three fires in a week"), "boss@example.com"));

        AlertPage page = jpa.inTransaction(em -> details.page(alert)).orElseThrow();
        assertEquals("escalated", page.alert().status());
        assertEquals(
                List.of("acknowledged", "escalated"),
                page.history().stream().map(AlertPage.Decision::status).toList());
        assertNull(page.history().get(0).reason());
        assertEquals("Three fires in a week", page.history().get(1).reason());
        assertEquals("boss@example.com", page.history().get(1).by());
        List<AlertPage.DailyCount> window =
                page.days().stream().filter(AlertPage.DailyCount::inWindow).toList();
        assertEquals(3, window.size(), "a 3-day window");
        assertEquals(1.0, window.get(0).expected(), 1e-9, "3 expected over 3 days");
        assertEquals(
                page.alert().windowStart().minusDays(28), page.days().get(0).day());
        assertTrue(jpa.inTransaction(em -> details.page(-1)).isEmpty());
    }

    @Test
    void aRecallReachesTheOwnersOfUnitsInTheSerialRangeInTheirLanguage() {
        Product product = product();
        Customer ann = customer("en");
        Customer bruno = customer("it");
        Customer carl = customer("en");
        unit(ann, product, "X-2025-000010");
        unit(bruno, product, "X-2025-000100");
        unit(carl, product, "X-2025-000009"); // just below the range
        long alert = raisedAlert(product);
        jpa.inTransaction(
                em -> workflow.decide(alert, new AlertDecision("escalated", "Confirmed"), "boss@example.com"));

        RecallNoticeView notice = jpa.inTransaction(em -> recalls.issue(
                new RecallDraft(
                        product.getCode(),
                        alert,
                        "X-2025-10",
                        "x-2025-100",
                        List.of(
                                new RecallDraft.Text(
                                        "en", "Stop using it", "It can catch fire.", "Return it for a refund."),
                                new RecallDraft.Text(
                                        "it",
                                        "Smetti di usarlo",
                                        "Può prendere fuoco.",
                                        "Restituiscilo per il rimborso."))),
                "boss@example.com"));

        // Demo mode sends nothing: both mails are kept in the outbox, and the reach says so (not "e-mailed 2").
        assertEquals(
                new RecallNoticeView.Reach(2, 2, 0, 0, 0, 2, 0, 0),
                notice.reach(),
                "two owners in the range, both mails kept in the outbox");
        List<OutboxMailView> toBruno = jpa.inTransaction(em -> outbox.to(bruno.getEmail(), 5));
        assertEquals(1, toBruno.size());
        assertEquals(MailStatus.HELD, toBruno.get(0).status(), "demo mode holds mail in the outbox");
        assertEquals("Smetti di usarlo", toBruno.get(0).subject());
        assertTrue(
                toBruno.get(0).text().contains("X-2025-000100"), toBruno.get(0).text());
        assertTrue(jpa.inTransaction(em -> outbox.to(carl.getEmail(), 5)).isEmpty(), "carl is not written to");
        List<OwnerRecallNotice> annSees = jpa.inTransaction(em -> recalls.ofOwner(ann.getId()));
        assertEquals(1, annSees.size());
        assertEquals("Stop using it", annSees.get(0).title());
        assertEquals("X-2025-000010", annSees.get(0).serialNumber());
        assertEquals(
                "Smetti di usarlo",
                jpa.inTransaction(em -> recalls.ofOwner(bruno.getId())).get(0).title());
        assertTrue(
                jpa.inTransaction(em -> recalls.ofOwner(carl.getId())).isEmpty(), "carl's unit is outside the range");

        assertEquals(1, (int) jpa.inTransaction(em -> recalls.markSeen(ann.getId())));
        assertEquals(0, (int) jpa.inTransaction(em -> recalls.markSeen(ann.getId())), "seen once, not again");
        RecallNoticeView after = jpa.inTransaction(em -> recalls.ofAlert(alert)).get(0);
        assertEquals(1, after.reach().seen());
        assertNotNull(
                jpa.inTransaction(em -> recalls.ofOwner(ann.getId())).get(0).seenAt());
    }

    @Test
    void onlyAnEscalatedAlertOfTheSameProductBecomesARecall() {
        Product product = product();
        Product other = product();
        long alert = raisedAlert(product);
        RecallDraft.Text text = new RecallDraft.Text("en", "T", "B", "R");

        IllegalStateException notEscalated = assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em ->
                        recalls.issue(new RecallDraft(product.getCode(), alert, null, null, List.of(text)), "boss")));
        assertEquals("Only an escalated alert can become a recall notice", notEscalated.getMessage());
        IllegalArgumentException wrongProduct = assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em ->
                        recalls.issue(new RecallDraft(other.getCode(), alert, null, null, List.of(text)), "boss")));
        assertTrue(wrongProduct.getMessage().endsWith("is about another product"), wrongProduct.getMessage());
        IllegalArgumentException reversed = assertThrows(
                IllegalArgumentException.class,
                () -> jpa.inTransaction(em ->
                        recalls.issue(new RecallDraft(product.getCode(), null, "B-2", "B-1", List.of(text)), "boss")));
        assertEquals("The first serial number comes after the last one", reversed.getMessage());
        RecallNoticeView everyUnit = jpa.inTransaction(
                em -> recalls.issue(new RecallDraft(product.getCode(), null, " ", null, List.of(text)), "boss"));
        assertNull(everyUnit.serialFrom(), "no bounds: every unit");
    }

    @Test
    void contactsOfCustomersWhoWithdrewAnalyticsConsentLeaveEveryFigure() {
        Product product = product();
        Customer keeps = customer("en");
        Customer withdraws = customer("en");
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            contact(keeps, product, "negative", yesterday.minusSeconds(60L * i));
            contact(withdraws, product, "negative", yesterday.minusSeconds(60L * i + 30));
        }
        contact(withdraws, product, "positive", yesterday);
        consent(keeps, true, clock.instant().minus(Duration.ofDays(30)));
        consent(withdraws, true, clock.instant().minus(Duration.ofDays(30)));

        assertEquals(7, weekTotal(product), "before the withdrawal every contact counts");
        assertEquals(
                6,
                jpa.inTransaction(em -> dashboard.latestNegative(product.getCode(), 50))
                        .size());

        consent(withdraws, false, clock.instant().minus(Duration.ofMinutes(1)));

        assertEquals(3, weekTotal(product), "after it, only the other customer's contacts");
        List<SentimentFigures.NegativeContact> latest =
                jpa.inTransaction(em -> dashboard.latestNegative(product.getCode(), 50));
        assertEquals(3, latest.size());
        assertTrue(jpa.inTransaction(em -> dashboard.products(12)).stream()
                .filter(p -> p.code().equals(product.getCode()))
                .allMatch(p -> p.contacts() == 3));
        SentimentFigures.Shift shift = jpa.inTransaction(em -> dashboard.largestNegativeShifts(1000)).stream()
                .filter(s -> s.productCode().equals(product.getCode()))
                .findFirst()
                .orElseThrow();
        assertEquals(3, shift.thisWeekContacts());
        assertEquals(100.0, shift.thisWeekPercent(), 1e-9);

        consent(withdraws, true, clock.instant());
        assertEquals(7, weekTotal(product), "consent given again: counted again");
    }

    private int weekTotal(Product product) {
        return jpa.inTransaction(em -> dashboard.weekly(product.getCode(), 2)).stream()
                .mapToInt(SentimentFigures.Week::total)
                .sum();
    }

    private Product product() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        return jpa.inTransaction(em -> {
            Product p = new Product(code, "Test heater " + code, "Test", "heating", List.of(), List.of(), 24, true);
            em.persist(p);
            return p;
        });
    }

    private Customer customer(String language) {
        return jpa.inTransaction(em -> {
            Customer c = new Customer(
                    "Test", "Owner", "owner." + UUID.randomUUID() + "@example.com", null, language, clock.instant());
            em.persist(c);
            return c;
        });
    }

    private void unit(Customer owner, Product product, String serial) {
        jpa.inTransaction(em -> {
            em.persist(new OwnedProduct(
                    em.find(Customer.class, owner.getId()),
                    em.find(Product.class, product.getId()),
                    serial,
                    LocalDate.now(clock).minusDays(40)));
            return null;
        });
    }

    private long raisedAlert(Product product) {
        LocalDate end = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        return jpa.inTransaction(em -> {
                    Alert a = new Alert(
                            em.find(Product.class, product.getId()),
                            "fire",
                            clock.instant(),
                            end.minusDays(2),
                            end,
                            9,
                            3.0,
                            1e-5,
                            List.of());
                    em.persist(a);
                    return a;
                })
                .getId();
    }

    private void contact(Customer from, Product about, String sentiment, Instant at) {
        jpa.inTransaction(em -> {
            Contact c = Contact.inbound(Channel.WEB, "The heater " + sentiment, at)
                    .from(em.find(Customer.class, from.getId()))
                    .about(em.find(Product.class, about.getId()))
                    .build();
            c.tag(new ContactTags(
                    "en",
                    sentiment,
                    "negative".equals(sentiment) ? -0.9 : 0.9,
                    "heater",
                    3,
                    "negative".equals(sentiment) ? List.of(new HazardTag("fire", "caught fire")) : List.of(),
                    List.of()));
            em.persist(c);
            return null;
        });
    }

    private void consent(Customer customer, boolean granted, Instant at) {
        jpa.inTransaction(em -> {
            ConsentCentre.record(
                    em, em.find(Customer.class, customer.getId()), ConsentPurpose.ANALYTICS, granted, at, "test");
            return null;
        });
    }
}
