package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.audit.AuditLog;
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
import org.caredesk.domain.correction.ContactDetails;
import org.caredesk.domain.correction.CorrectionRequest;
import org.caredesk.domain.correction.TagCorrections;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.demo.DemoSeeder;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailStatus;
import org.caredesk.domain.mail.OutboxMailView;
import org.caredesk.domain.mail.OutgoingMail;
import org.caredesk.domain.platform.SchemaMigrator;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.sentimentmodel.ModelOverview;
import org.caredesk.domain.sentimentmodel.ModelVersionView;
import org.caredesk.domain.sentimentmodel.SentimentModelRegistry;
import org.caredesk.domain.user.UserAccount;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.training.ModelRetraining;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the domain must do on every supported database: the same tests run on H2 and on
 * PostgreSQL (see the subclasses), against the real schema from the Flyway migrations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {
    private final Clock clock = Clock.systemUTC();
    private final ContactTagger tagger = new ContactTagger();
    private TestDatabase database;
    private JpaHarness jpa;
    private CaseIntake intake;
    private CaseQueries queries;
    private ConsumerMessages messages;
    private FeedReader feedReader;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void setUp() {
        database = openDatabase();
        System.out.println("Persistence tests running on " + database.name());
        jpa = new JpaHarness(database);
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        queries = new CaseQueries(em);
        intake = new CaseIntake(
                em, new CaseNumbers(em, database.settings()), new ProductCatalogue(em), tagger, feed, clock);
        messages = new ConsumerMessages(em, queries, tagger, feed, clock);
        feedReader = new FeedReader(em);
    }

    @AfterAll
    void tearDown() throws Exception {
        if (jpa != null) {
            jpa.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void migrationsAreAlreadyAppliedOnASecondRun() {
        assertEquals(0, SchemaMigrator.migrate(database.dataSource()));
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

    @Test
    void theDemoDataFitsTheSchemaAndIsSeededOnce() {
        PasswordHashing hash = new PasswordHashing(1_000); // the test-only cost
        DemoSeeder seeder = new DemoSeeder(
                jpa.entityManager(),
                hash,
                new ContactTagger(),
                new CaseNumbers(jpa.entityManager(), database.settings()),
                clock);

        jpa.inTransaction(em -> {
            seeder.seedOnce();
            return null;
        });
        long contacts = count("SELECT COUNT(k) FROM Contact k");
        jpa.inTransaction(em -> {
            seeder.seedOnce();
            return null;
        });

        assertEquals(contacts, count("SELECT COUNT(k) FROM Contact k"), "a second start seeds nothing");
        assertTrue(contacts >= 2000, "contacts: " + contacts);
        assertTrue(count("SELECT COUNT(c) FROM Customer c") >= 200);
        assertTrue(count("SELECT COUNT(p) FROM Product p") >= 20);
        assertTrue(count("SELECT COUNT(a) FROM Article a WHERE a.language = 'it'") >= 10);
        UserAccount alice = jpa.inTransaction(em -> em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", "alice@example.com")
                .getSingleResult());
        assertTrue(alice.getPasswordHash().startsWith("PBKDF2"), "stored as a PBKDF2 hash");
        assertTrue(hash.verify("alice-demo".toCharArray(), alice.getPasswordHash()));
        assertFalse(hash.verify("wrong".toCharArray(), alice.getPasswordHash()));
    }

    // --- voice: agents' tag corrections and retrained sentiment models ---

    @Test
    void agentsCorrectTagsAndTheLatestSentimentCorrectionIsTrainingData() {
        String text = "The kettle is fine but the lid is stiff " + System.nanoTime();
        CaseReceipt receipt = submit("Kettle", text);
        long contactId = jpa.inTransaction(
                em -> em.createQuery("SELECT k.id FROM Contact k WHERE k.supportCase.caseNumber = :n", Long.class)
                        .setParameter("n", receipt.caseNumber())
                        .getSingleResult());
        TagCorrections corrections =
                new TagCorrections(jpa.entityManager(), new AuditLog(jpa.entityManager(), clock), clock);
        String before = jpa.inTransaction(em -> corrections.open(contactId, "agent@example.com"))
                .orElseThrow()
                .sentiment();
        String target = "negative".equals(before) ? "positive" : "negative";

        ContactDetails corrected = jpa.inTransaction(em ->
                        corrections.correct(contactId, new CorrectionRequest("sentiment", target), "agent@example.com"))
                .orElseThrow();
        assertEquals(target, corrected.sentiment());
        assertEquals("corrected by agent@example.com", corrected.sentimentEvidence());
        assertEquals(1, corrected.corrections().size());
        assertEquals("sentiment", corrected.corrections().get(0).kind());
        assertEquals(before, corrected.corrections().get(0).previousValue());
        assertEquals("agent@example.com", corrected.corrections().get(0).correctedBy());
        IllegalStateException same = assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em -> corrections.correct(
                        contactId, new CorrectionRequest("sentiment", target), "agent@example.com")));
        assertEquals("The contact's sentiment is already " + target, same.getMessage());

        ContactDetails withFire = jpa.inTransaction(em -> corrections.correct(
                        contactId, new CorrectionRequest("add-hazard", "fire"), "agent@example.com"))
                .orElseThrow();
        assertTrue(
                withFire.hazards().contains(new ContactDetails.HazardView("fire", "corrected by agent@example.com")));
        assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em -> corrections.correct(
                        contactId, new CorrectionRequest("add-hazard", "fire"), "agent@example.com")));
        ContactDetails withoutFire = jpa.inTransaction(em -> corrections.correct(
                        contactId, new CorrectionRequest("remove-hazard", "fire"), "agent@example.com"))
                .orElseThrow();
        assertTrue(withoutFire.hazards().stream().noneMatch(h -> h.category().equals("fire")));
        assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em -> corrections.correct(
                        contactId, new CorrectionRequest("remove-hazard", "fire"), "agent@example.com")));
        assertEquals(3, withoutFire.corrections().size());

        jpa.inTransaction(em ->
                corrections.correct(contactId, new CorrectionRequest("sentiment", "neutral"), "other@example.com"));
        List<ModelRetraining.Correction> training = corrections.trainingCorrections().stream()
                .filter(c -> c.text().equals(text))
                .toList();
        assertEquals(
                List.of(new ModelRetraining.Correction("en", SentimentLabel.NEUTRAL, text)),
                training,
                "one training line per contact, with its latest label");
        assertTrue(jpa.inTransaction(
                        em -> corrections.correct(Long.MAX_VALUE, new CorrectionRequest("sentiment", "neutral"), "a"))
                .isEmpty());
        assertTrue(corrections.recent(5).stream()
                .anyMatch(c -> c.id() == contactId && c.sentiment().equals("neutral")));
    }

    @Test
    void retrainedModelsAreSwitchedOnAndRolledBackWithAFeedEvent() {
        SentimentModelRegistry registry =
                new SentimentModelRegistry(jpa.entityManager(), new FeedPublisher(jpa.entityManager(), clock), clock);
        ModelRetraining.Result first = new ModelRetraining.Result(List.of(
                new ModelRetraining.LanguageFigures("en", 10, 0.8, 0.79),
                new ModelRetraining.LanguageFigures("it", 5, 0.7, 0.69)));
        ModelRetraining.Result bundled = new ModelRetraining.Result(List.of(
                new ModelRetraining.LanguageFigures("en", 9, 0.75, 0.74),
                new ModelRetraining.LanguageFigures("it", 5, 0.65, 0.64)));

        ModelVersionView v1 = jpa.inTransaction(em -> registry.request("supervisor@example.com", 100));
        assertEquals("training", v1.status());
        assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em -> registry.request("supervisor@example.com", 0)));
        IllegalStateException notReady = assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em -> registry.activate(v1.version(), "supervisor@example.com")));
        assertTrue(notReady.getMessage().contains("is training"), notReady.getMessage());
        jpa.inTransaction(em -> {
            registry.progress(v1.version(), 40, "cross-validating en 2/5");
            assertFalse(
                    registry.copyCurrentFigures(v1.version()),
                    "the bundled models are on: their figures must be measured");
            registry.currentMeasured(v1.version(), bundled);
            registry.trained(v1.version(), first);
            return null;
        });
        ModelVersionView ready = registry.find(v1.version()).orElseThrow();
        assertEquals("ready", ready.status());
        assertEquals(100, ready.progress());
        assertEquals(0.8, ready.figures().enAccuracy());
        assertEquals(0.64, ready.currentFigures().itMacroF1());

        long head = feedReader.head();
        ModelOverview on = jpa.inTransaction(em -> registry.activate(v1.version(), "supervisor@example.com"))
                .orElseThrow();
        assertEquals(v1.version(), on.activeVersion());
        assertEquals(SentimentModelRegistry.BUNDLED, on.rollbackTo());
        List<FeedRecord> events = feedReader.after(head, 10);
        assertEquals(1, events.size());
        assertEquals(FeedEventTypes.SENTIMENT_MODEL_CHANGED, events.get(0).type());
        assertTrue(
                events.get(0).dataJson().contains("\"version\":" + v1.version()),
                events.get(0).dataJson());
        assertFalse(
                FeedEventTypes.isPublic(FeedEventTypes.SENTIMENT_MODEL_CHANGED),
                "internal: consoles do not receive it");

        ModelVersionView v2 = jpa.inTransaction(em -> registry.request("supervisor@example.com", 100));
        jpa.inTransaction(em -> {
            assertTrue(registry.copyCurrentFigures(v2.version()), "a retrained model is on: its figures are copied");
            registry.trained(v2.version(), first);
            return null;
        });
        assertEquals(
                0.79, registry.find(v2.version()).orElseThrow().currentFigures().enMacroF1());
        assertEquals(
                v1.version(),
                jpa.inTransaction(em -> registry.activate(v2.version(), "supervisor@example.com"))
                        .orElseThrow()
                        .rollbackTo());
        assertEquals("ready", registry.find(v1.version()).orElseThrow().status());
        assertTrue(jpa.inTransaction(em -> registry.activate(999, "supervisor@example.com"))
                .isEmpty());

        assertEquals(
                v1.version(),
                jpa.inTransaction(em -> registry.rollback("supervisor@example.com"))
                        .activeVersion());
        assertEquals(
                SentimentModelRegistry.BUNDLED,
                jpa.inTransaction(em -> registry.rollback("supervisor@example.com"))
                        .activeVersion());
        IllegalStateException nothing = assertThrows(
                IllegalStateException.class,
                () -> jpa.inTransaction(em -> registry.rollback("supervisor@example.com")));
        assertEquals("The bundled models are in use; there is nothing to roll back", nothing.getMessage());
        assertEquals(SentimentModelRegistry.BUNDLED, registry.activeVersion());
        assertEquals(
                List.of(v2.version(), v1.version()),
                registry.overview().versions().stream()
                        .map(ModelVersionView::version)
                        .toList());

        // A training whose server stopped does not block retraining for ever.
        ModelVersionView cutOff = jpa.inTransaction(em -> registry.request("supervisor@example.com", 100));
        SentimentModelRegistry later = new SentimentModelRegistry(
                jpa.entityManager(),
                new FeedPublisher(jpa.entityManager(), clock),
                Clock.offset(clock, java.time.Duration.ofHours(3)));
        ModelVersionView next = jpa.inTransaction(em -> later.request("supervisor@example.com", 100));
        assertEquals(cutOff.version() + 1, next.version());
        assertEquals("failed", registry.find(cutOff.version()).orElseThrow().status());
        assertTrue(registry.find(cutOff.version()).orElseThrow().failure().startsWith("interrupted"));
    }

    private long count(String jpql) {
        return jpa.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private CaseReceipt submit(String subject, String message) {
        return jpa.inTransaction(em ->
                intake.submit(new CaseSubmission(subject, message, null, null, null, null, null), Channel.WEB, null));
    }

    @Test
    void aQueuedMailIsClaimedForDeliveryExactlyOnce() {
        MailOutbox outbox = new MailOutbox(jpa.entityManager(), clock);
        long id = jpa.inTransaction(em -> outbox.add(
                new OutgoingMail("Mail.Test@example.com", "Verify", "Grazie, è fatto"), MailStatus.PENDING, null));

        Optional<OutgoingMail> first = jpa.inTransaction(em -> outbox.claim(id));
        Optional<OutgoingMail> second = jpa.inTransaction(em -> outbox.claim(id));
        assertEquals(Optional.of(new OutgoingMail("Mail.Test@example.com", "Verify", "Grazie, è fatto")), first);
        assertEquals(Optional.empty(), second, "a mail being sent must not be claimed again");

        jpa.inTransaction(em -> {
            outbox.markSent(id);
            return null;
        });
        List<OutboxMailView> mails = jpa.inTransaction(em -> outbox.to("mail.test@EXAMPLE.com", 5));
        assertEquals(1, mails.size());
        assertEquals(MailStatus.SENT, mails.get(0).status());
        assertEquals(1, mails.get(0).attempts());
        assertNotNull(mails.get(0).sentAt());
    }

    @Test
    void aFailedMailKeepsItsErrorAndCanBeClaimedAgain() {
        MailOutbox outbox = new MailOutbox(jpa.entityManager(), clock);
        long id = jpa.inTransaction(
                em -> outbox.add(new OutgoingMail("retry@example.com", "Reset", "link"), MailStatus.PENDING, null));
        jpa.inTransaction(em -> outbox.claim(id));
        jpa.inTransaction(em -> {
            outbox.markFailed(id, "Connection refused");
            return null;
        });
        OutboxMailView failed =
                jpa.inTransaction(em -> outbox.to("retry@example.com", 1)).get(0);
        assertEquals(MailStatus.FAILED, failed.status());
        assertEquals("Connection refused", failed.lastError());
        assertTrue(jpa.inTransaction(em -> outbox.claim(id)).isPresent());
    }

    // --- selfservice: registration joins anonymous cases; erasure keeps only anonymous records ---

    @Test
    void verifyingAnEmailJoinsItsAnonymousCasesAndErasureLeavesOnlyAnonymousRecords() {
        var em = jpa.entityManager();
        PasswordHashing hash = new PasswordHashing(1_000); // the test-only cost
        MailOutbox outbox = new MailOutbox(em, clock);
        var mailer = new org.caredesk.domain.mail.Mailer(
                outbox,
                new org.caredesk.domain.mail.MailSettings(null, 25, null, null, "test@caredesk.invalid", false),
                database.settings(),
                null);
        var tokens = new org.caredesk.domain.user.EmailTokens(em, clock);
        var registration = new org.caredesk.domain.user.Registration(
                em,
                new org.caredesk.domain.user.Passwords(hash),
                tokens,
                mailer,
                clock,
                new org.caredesk.domain.cases.AnonymousCaseJoin(em));
        String email = "joiner." + System.nanoTime() + "@example.org";
        CaseReceipt anonymous = jpa.inTransaction(e -> intake.submit(
                new CaseSubmission(
                        "Kettle",
                        "My name is Joy Joiner.",
                        null,
                        "Joy",
                        email.toUpperCase(java.util.Locale.ROOT),
                        null,
                        "en"),
                Channel.WEB,
                null));

        assertTrue((boolean) jpa.inTransaction(e -> registration.register(
                new org.caredesk.domain.user.Registration.Request("Joy", "Joiner", email, "long enough secret", "en"),
                "http://portal/verify.xhtml?token=")));
        String text = jpa.inTransaction(e -> outbox.to(email, 1)).get(0).text();
        String token = text.substring(text.indexOf("token=") + 6).split("\\s")[0];
        assertTrue(jpa.inTransaction(e -> registration.verify("not" + token)).isEmpty());
        var verified = jpa.inTransaction(e -> registration.verify(token)).orElseThrow();
        assertEquals(1, verified.casesJoined());
        assertTrue(jpa.inTransaction(e -> registration.verify(token)).isEmpty(), "a link works once");

        UserAccount user = jpa.inTransaction(e -> e.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email)
                .getSingleResult());
        long customerId = user.getCustomer().getId();
        assertTrue(user.isEnabled());
        assertEquals(
                List.of(anonymous.caseNumber()),
                queries.ofCustomer(customerId).stream().map(c -> c.caseNumber()).toList());

        var erasure = new org.caredesk.domain.privacy.rights.AccountErasure(
                em, new org.caredesk.domain.audit.AuditLog(em, clock));
        assertTrue((boolean) jpa.inTransaction(e -> erasure.erase(email)));
        jpa.inTransaction(e -> {
            e.clear();
            Customer erased = e.find(Customer.class, customerId);
            assertTrue(erased.isErased());
            assertNull(erased.getEmail());
            SupportCase kept = e.createNamedQuery(SupportCase.BY_NUMBER, SupportCase.class)
                    .setParameter("number", anonymous.caseNumber())
                    .getSingleResult();
            assertNull(kept.getConsumerDetails().email());
            List<Contact> contacts = e.createQuery("SELECT k FROM Contact k WHERE k.supportCase = :c", Contact.class)
                    .setParameter("c", kept)
                    .getResultList();
            assertTrue(contacts.stream().allMatch(k -> k.getBody().equals("[erased]") && k.getSenderEmail() == null));
            assertTrue(contacts.stream().allMatch(k -> k.getSentiment() != null), "tags stay for the figures");
            assertTrue(
                    e.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                            .setParameter("email", email)
                            .getResultList()
                            .isEmpty(),
                    "the login is gone");
            return null;
        });
    }
}
