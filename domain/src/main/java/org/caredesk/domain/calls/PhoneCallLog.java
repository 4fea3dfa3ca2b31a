package org.caredesk.domain.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.Direction;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;

/**
 * An agent records a phone call with a customer: a contact on the phone channel in the customer's
 * history, tagged by the sentiment pipeline like any other and announced as {@code contact.tagged}.
 */
@ApplicationScoped
public class PhoneCallLog {
    public static final int MAX_NOTES = 20_000;

    private final EntityManager entityManager;
    private final ContactTagger tagger;
    private final FeedPublisher feed;
    private final Clock clock;

    protected PhoneCallLog() {
        this(null, null, null, null);
    }

    @Inject
    public PhoneCallLog(EntityManager entityManager, ContactTagger tagger, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.tagger = tagger;
        this.feed = feed;
        this.clock = clock;
    }

    /** What the feed says of a logged call. */
    public record LoggedCall(
            long contactId,
            long customerId,
            String channel,
            String direction,
            String language,
            String sentiment,
            List<String> hazards,
            Instant at,
            String agent) {}

    /** Records the call; empty when there is no such customer. */
    @Transactional
    public Optional<LoggedCall> log(long customerId, Direction direction, String notes, String agent) {
        if (notes == null || notes.isBlank()) {
            throw new IllegalArgumentException("The call notes are empty");
        }
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("The call notes are longer than " + MAX_NOTES + " characters");
        }
        Customer customer = entityManager.find(Customer.class, customerId);
        if (customer == null || customer.isErased()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String text = notes.strip();
        Contact contact = (direction == Direction.OUTBOUND
                        ? Contact.fromAgent(Channel.PHONE, text, now)
                        : Contact.inbound(Channel.PHONE, text, now))
                .from(customer)
                .build();
        contact.tag(tagger.tag(text, customer.getLanguage()));
        entityManager.persist(contact);
        entityManager.flush();
        LoggedCall call = new LoggedCall(
                contact.getId(),
                customerId,
                Channel.PHONE.wireName(),
                direction.name().toLowerCase(java.util.Locale.ROOT),
                contact.getLanguage(),
                contact.getSentiment(),
                contact.getHazards().stream().map(HazardTag::getCategory).toList(),
                now,
                agent);
        feed.publish(FeedEventTypes.CONTACT_TAGGED, call);
        return Optional.of(call);
    }
}
