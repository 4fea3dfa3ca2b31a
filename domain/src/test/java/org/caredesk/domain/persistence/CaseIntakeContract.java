package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.cases.ConsumerMessages;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Taking in cases on every supported database: what was acknowledged is stored, tagged and numbered, each
 * case opens only for its own tracking code or customer, and its feed events follow commit order.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CaseIntakeContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final ContactTagger tagger = new ContactTagger();
    private CaseIntake intake;
    private CaseQueries queries;
    private ConsumerMessages messages;
    private FeedReader feedReader;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        queries = new CaseQueries(em);
        intake = new CaseIntake(
                em, new CaseNumbers(em, database.settings()), new ProductCatalogue(em), tagger, feed, clock);
        messages = new ConsumerMessages(em, queries, tagger, feed, clock);
        feedReader = new FeedReader(em);
    }

    @Test
    void aCaseNumberIsDrawnWithoutWritingWhatTheTransactionHasPending() {
        CaseNumbers numbers = new CaseNumbers(jpa.entityManager(), database.settings());
        AtomicReference<String> drawn = new AtomicReference<>();

        // Two products with one code: writing them fails on the unique index, so a flush before the sequence
        // is read would fail the draw itself; without one the failure comes at commit.
        assertThrows(
                RuntimeException.class,
                () -> jpa.inTransaction(em -> {
                    em.persist(new Product("DUP-1", "One", "Brand", "kettles", List.of(), List.of(), 12, true));
                    em.persist(new Product("DUP-1", "Two", "Brand", "kettles", List.of(), List.of(), 12, true));
                    drawn.set(numbers.next());
                    return null;
                }));

        assertNotNull(drawn.get(), "the number was drawn before anything pending was written");
        assertTrue(drawn.get().matches("CD-\\d+"), drawn.get());
    }

    @Test
    void anAcknowledgedCaseIsStoredWithItsTaggedFirstContact() {
        CaseReceipt receipt = submit("Charger smoking", "My power bank got very hot and started smoking. Awful!");

        assertEquals("new", receipt.status());
        assertTrue(receipt.caseNumber().matches("CD-\\d+"), receipt.caseNumber());
        jpa.inTransaction(em -> {
            SupportCase stored = em.createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                    .setParameter("number", receipt.caseNumber())
                    .getSingleResult();
            assertEquals("Charger smoking", stored.getSubject());
            assertTrue(stored.isHazard(), "a smoking charger is a hazard");
            assertNotEquals(receipt.trackingCode(), stored.getTrackingHash(), "only a hash of the code is kept");
            List<Contact> contacts = em.createQuery("SELECT k FROM Contact k WHERE k.supportCase = :c", Contact.class)
                    .setParameter("c", stored)
                    .getResultList();
            assertEquals(1, contacts.size());
            Contact first = contacts.get(0);
            assertEquals("en", first.getLanguage());
            assertEquals("negative", first.getSentiment());
            assertTrue(
                    first.getHazards().stream().anyMatch(h -> !h.getEvidence().isBlank()), "hazards carry evidence");
            assertNotNull(first.getReceivedAt());
            return null;
        });
    }

    @Test
    void theCaseOpensOnlyWithItsOwnTrackingCode() {
        CaseReceipt receipt = submit("Late delivery", "Where is my parcel? Ordered two weeks ago.");
        CaseReceipt other = submit("Another", "Something else entirely, thanks.");

        Optional<CaseView> view = queries.forTrackingCode(receipt.caseNumber(), receipt.trackingCode());
        assertTrue(view.isPresent());
        assertEquals("Late delivery", view.get().subject());
        assertEquals("consumer", view.get().timeline().get(0).from());
        assertTrue(
                queries.forTrackingCode(
                                receipt.caseNumber(),
                                " " + receipt.trackingCode().toLowerCase() + " ")
                        .isPresent(),
                "codes are typed in any case and with spaces");
        assertTrue(queries.forTrackingCode(receipt.caseNumber(), other.trackingCode())
                .isEmpty());
        assertTrue(queries.forTrackingCode(receipt.caseNumber(), null).isEmpty());
        assertTrue(queries.forTrackingCode("CD-0", receipt.trackingCode()).isEmpty());
        assertTrue(
                queries.forCustomer(receipt.caseNumber(), 42L).isEmpty(), "an anonymous case belongs to no customer");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnCases() {
        long alice = jpa.inTransaction(em -> {
                    Customer customer = new Customer(
                            "Ann",
                            "Owner",
                            "ann." + System.nanoTime() + "@example.com",
                            "+39 02 1234 5678",
                            "en",
                            clock.instant());
                    em.persist(customer);
                    return customer;
                })
                .getId();
        long mallory = jpa.inTransaction(em -> {
                    Customer customer = new Customer(
                            "Mal", "Other", "mal." + System.nanoTime() + "@example.com", null, "en", clock.instant());
                    em.persist(customer);
                    return customer;
                })
                .getId();
        CaseReceipt receipt = jpa.inTransaction(em -> intake.submit(
                new CaseSubmission("My bill", "I was charged twice this month.", null, null, null, null, "en"),
                Channel.WEB,
                alice));

        assertTrue(queries.forCustomer(receipt.caseNumber(), alice).isPresent());
        assertTrue(queries.forCustomer(receipt.caseNumber(), mallory).isEmpty());
        assertEquals(
                List.of(receipt.caseNumber()),
                queries.ofCustomer(alice).stream().map(c -> c.caseNumber()).toList());
        assertTrue(queries.ofCustomer(mallory).isEmpty());
    }

    @Test
    void caseNumbersAreUniqueAndIncreasing() {
        List<Long> numbers = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> submit("Question " + i, "Just a question about my order."))
                .map(r -> Long.parseLong(r.caseNumber().substring(3)))
                .toList();
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i) > numbers.get(i - 1), numbers.toString());
        }
    }

    @Test
    void feedEventsGetStrictlyIncreasingSequenceNumbersInCommitOrder() {
        long before = feedReader.head();
        CaseReceipt first = submit("First", "The kettle leaks water on the counter.");
        CaseReceipt second = submit("Second", "The heater makes a loud noise.");

        List<FeedRecord> events = feedReader.after(before, 100);
        assertEquals(2, events.size());
        assertEquals(before + 1, events.get(0).seq());
        assertEquals(before + 2, events.get(1).seq());
        assertEquals(before + 2, feedReader.head());
        assertEquals(FeedEventTypes.CASE_CREATED, events.get(0).type());
        assertTrue(
                events.get(0).dataJson().contains("\"caseNumber\":\"" + first.caseNumber() + "\""),
                events.get(0).dataJson());
        assertTrue(
                events.get(1).dataJson().contains("\"caseNumber\":\"" + second.caseNumber() + "\""),
                events.get(1).dataJson());
    }

    @Test
    void aFollowUpMessageJoinsTheTimelineOnlyWithTheRightCode() {
        CaseReceipt receipt = submit("Refund", "I returned the toaster but no refund yet.");

        assertTrue(jpa.inTransaction(em -> messages.add(receipt.caseNumber(), "WRONGCODE", null, "hello"))
                .isEmpty());
        CaseView view = jpa.inTransaction(em -> messages.add(
                        receipt.caseNumber(), receipt.trackingCode(), null, "Any news? It has been a month."))
                .orElseThrow();
        assertEquals(2, view.timeline().size());
        assertEquals("Any news? It has been a month.", view.timeline().get(1).text());
    }

    private CaseReceipt submit(String subject, String message) {
        return jpa.inTransaction(em ->
                intake.submit(new CaseSubmission(subject, message, null, null, null, null, null), Channel.WEB, null));
    }
}
