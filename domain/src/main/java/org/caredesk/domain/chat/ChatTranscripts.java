package org.caredesk.domain.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Collectors;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;

/**
 * Turns an ended chat into one contact of the history (channel chat): the whole transcript as its
 * body, tagged by the sentiment pipeline on what the consumer wrote (the agent's words say nothing
 * about how the consumer feels or which product hurt them), and announced as {@code contact.tagged}.
 * One contact per chat, so the early-warning counts see a chat as one contact, like a case.
 */
@ApplicationScoped
public class ChatTranscripts {
    private static final int MAX_BODY = 20_000;

    private final EntityManager entityManager;
    private final ContactTagger tagger;
    private final ProductCatalogue catalogue;
    private final FeedPublisher feed;

    protected ChatTranscripts() {
        this(null, null, null, null);
    }

    @Inject
    public ChatTranscripts(
            EntityManager entityManager, ContactTagger tagger, ProductCatalogue catalogue, FeedPublisher feed) {
        this.entityManager = entityManager;
        this.tagger = tagger;
        this.catalogue = catalogue;
        this.feed = feed;
    }

    /** Stores the transcript of {@code chat} as a tagged contact; must run in the caller's transaction. */
    Contact record(Chat chat, List<ChatLine> lines) {
        String transcript = lines.stream()
                .map(line -> (ChatService.AGENT.equals(line.from()) ? "Agent: " : "Consumer: ") + line.text())
                .collect(Collectors.joining("\n"));
        if (transcript.isEmpty()) {
            transcript = "(chat ended without messages)";
        }
        if (transcript.length() > MAX_BODY) {
            transcript = transcript.substring(0, MAX_BODY);
        }
        String consumerText = lines.stream()
                .filter(line -> ChatService.CONSUMER.equals(line.from()))
                .map(ChatLine::text)
                .collect(Collectors.joining("\n"));
        ContactTags tags = tagger.tag(consumerText.isEmpty() ? transcript : consumerText, chat.getLanguage());
        Product product = tags.productMentions().stream()
                .findFirst()
                .flatMap(m -> catalogue.find(m.getProductCode()))
                .orElse(null);
        Contact contact = Contact.inbound(Channel.CHAT, transcript, chat.getEndedAt())
                .from(chat.getCustomer())
                .about(product)
                .build();
        contact.tag(tags);
        entityManager.persist(contact);
        entityManager.flush();
        feed.publish(
                FeedEventTypes.CONTACT_TAGGED,
                new TaggedContact(
                        contact.getId(),
                        Channel.CHAT.wireName(),
                        chat.getId(),
                        tags.sentiment(),
                        tags.hasHazard(),
                        product == null ? null : product.getName()));
        return contact;
    }

    /** The {@code data} of the {@code contact.tagged} event. */
    public record TaggedContact(
            long contactId, String channel, long chatId, String sentiment, boolean hazard, String product) {}
}
