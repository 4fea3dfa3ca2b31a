package org.caredesk.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;

/** Adds a consumer's follow-up message to a case they are entitled to. */
@ApplicationScoped
public class ConsumerMessages {
    private final EntityManager entityManager;
    private final CaseQueries queries;
    private final ContactTagger tagger;
    private final FeedPublisher feed;
    private final Clock clock;

    protected ConsumerMessages() {
        this(null, null, null, null, null);
    }

    @Inject
    public ConsumerMessages(
            EntityManager entityManager, CaseQueries queries, ContactTagger tagger, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.tagger = tagger;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Adds {@code text} to the case when {@code trackingCode} matches or {@code customerId} owns it;
     * empty when neither holds (the caller answers 404).
     */
    @Transactional
    public Optional<CaseView> add(String caseNumber, String trackingCode, Long customerId, String text) {
        Optional<SupportCase> found = queries.byNumber(caseNumber)
                .filter(c -> (customerId != null
                                && c.getCustomer() != null
                                && c.getCustomer().getId().equals(customerId))
                        || queries.opens(trackingCode, c));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SupportCase supportCase = found.get();
        Instant now = clock.instant();
        ContactTags tags = tagger.tag(text, supportCase.getLanguage());
        Contact contact = Contact.inbound(supportCase.getChannel(), text, now)
                .inCase(supportCase)
                .from(supportCase.getCustomer())
                .about(supportCase.getProduct())
                .build();
        contact.tag(tags);
        entityManager.persist(contact);
        supportCase.noteConsumerMessage(tags.sentiment(), tags.hasHazard(), now);
        supportCase.scheduleSla(new SlaTargets(entityManager).lookup());
        entityManager.flush();
        feed.publish(FeedEventTypes.CASE_UPDATED, CaseSummary.of(supportCase));
        return queries.forTrackingCode(caseNumber, trackingCode)
                .or(() -> customerId == null ? Optional.empty() : queries.forCustomer(caseNumber, customerId));
    }
}
