package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;

/**
 * Opens cases: stores the case with its first contact, tagged by the sentiment pipeline, and
 * announces it on the live feed, all in one transaction, so that an acknowledged case is durable
 * and every console hears of it.
 */
@ApplicationScoped
public class CaseIntake {
    private final EntityManager entityManager;
    private final CaseNumbers caseNumbers;
    private final ProductCatalogue catalogue;
    private final ContactTagger tagger;
    private final FeedPublisher feed;
    private final Clock clock;
    private final java.util.function.Consumer<CaseEvent> events;
    private final TrackingCodes trackingCodes = new TrackingCodes();

    protected CaseIntake() {
        this(null, null, null, null, null, null);
    }

    public CaseIntake(
            EntityManager entityManager,
            CaseNumbers caseNumbers,
            ProductCatalogue catalogue,
            ContactTagger tagger,
            FeedPublisher feed,
            Clock clock) {
        this(entityManager, caseNumbers, catalogue, tagger, feed, clock, (java.util.function.Consumer<CaseEvent>)
                e -> {});
    }

    @Inject
    public CaseIntake(
            EntityManager entityManager,
            CaseNumbers caseNumbers,
            ProductCatalogue catalogue,
            ContactTagger tagger,
            FeedPublisher feed,
            Clock clock,
            Event<CaseEvent> events) {
        this(entityManager, caseNumbers, catalogue, tagger, feed, clock, events == null ? e -> {} : events::fire);
    }

    /** For tests outside a container: {@code events} stands in for the CDI observers. */
    public CaseIntake(
            EntityManager entityManager,
            CaseNumbers caseNumbers,
            ProductCatalogue catalogue,
            ContactTagger tagger,
            FeedPublisher feed,
            Clock clock,
            java.util.function.Consumer<CaseEvent> events) {
        this.events = events;
        this.entityManager = entityManager;
        this.caseNumbers = caseNumbers;
        this.catalogue = catalogue;
        this.tagger = tagger;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Opens a case for {@code submission}. {@code customerId} is the signed-in customer, or null
     * for an anonymous consumer.
     */
    @Transactional
    public CaseReceipt submit(CaseSubmission submission, Channel channel, Long customerId) {
        Instant now = clock.instant();
        Customer customer = customerId == null ? null : entityManager.find(Customer.class, customerId);
        ContactTags tags = tagger.tag(submission.subject() + "\n" + submission.message(), submission.language());
        Product product = catalogue
                .find(submission.product())
                .or(() -> tags.productMentions().stream().findFirst().flatMap(m -> catalogue.find(m.getProductCode())))
                .orElse(null);
        String language = submission.language() != null
                ? submission.language()
                : "other".equals(tags.language()) ? "en" : tags.language();
        String trackingCode = trackingCodes.newCode();
        ConsumerDetails details = new ConsumerDetails(submission.name(), submission.email(), submission.phone());

        SupportCase supportCase = new SupportCase(
                caseNumbers.next(),
                TrackingCodes.hash(trackingCode),
                submission.subject().trim(),
                channel,
                language,
                customer,
                product,
                details,
                now);
        supportCase.productAsWritten(submission.product());
        supportCase.noteConsumerMessage(tags.sentiment(), tags.hasHazard(), now);
        supportCase.scheduleSla(new SlaTargets(entityManager).lookup());
        entityManager.persist(supportCase);

        Contact contact = Contact.inbound(channel, submission.message(), now)
                .inCase(supportCase)
                .from(customer)
                .about(product)
                .senderEmail(submission.email())
                .build();
        contact.tag(tags);
        entityManager.persist(contact);
        entityManager.flush();

        feed.publish(FeedEventTypes.CASE_CREATED, CaseSummary.of(supportCase));
        events.accept(new CaseEvent.Opened(supportCase.getId(), trackingCode, submission.message()));
        return new CaseReceipt(
                supportCase.getCaseNumber(),
                trackingCode,
                supportCase.getStatus().wireName());
    }
}
