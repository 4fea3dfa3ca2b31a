package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.util.List;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.correction.ContactDetails;
import org.caredesk.domain.correction.CorrectionRequest;
import org.caredesk.domain.correction.TagCorrections;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.sentimentmodel.ModelOverview;
import org.caredesk.domain.sentimentmodel.ModelVersionView;
import org.caredesk.domain.sentimentmodel.SentimentModelRegistry;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.training.ModelRetraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The voice of the customer on every supported database: agents' tag corrections, the latest of which is
 * training data, and retrained sentiment models switched on and rolled back with a feed event.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class SentimentTrainingContract extends DatabaseContract {
    private final Clock clock = Clock.systemUTC();
    private final ContactTagger tagger = new ContactTagger();
    private CaseIntake intake;
    private FeedReader feedReader;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        FeedPublisher feed = new FeedPublisher(em, clock);
        intake = new CaseIntake(
                em, new CaseNumbers(em, database.settings()), new ProductCatalogue(em), tagger, feed, clock);
        feedReader = new FeedReader(em);
    }

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

    private CaseReceipt submit(String subject, String message) {
        return jpa.inTransaction(em ->
                intake.submit(new CaseSubmission(subject, message, null, null, null, null, null), Channel.WEB, null));
    }
}
