package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.contact.ProductMentionTag;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.SeverityWords;
import org.caredesk.sentiment.warning.TaggedContact;

/**
 * The contacts the early-warning detector counts, as it wants them: every negative contact with a
 * hazard tag and a product (its case's product or the first one it mentions), one record per
 * hazard, in {@code receivedAt} order. A consumer is the customer, else the sender's e-mail.
 */
@ApplicationScoped
@Transactional
public class WarningInputs {
    private final EntityManager entityManager;

    protected WarningInputs() {
        this(null);
    }

    @Inject
    public WarningInputs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<TaggedContact> negativeHazardContacts() {
        List<TaggedContact> inputs = new ArrayList<>();
        entityManager
                .createQuery(
                        "SELECT DISTINCT c FROM Contact c JOIN c.hazards h WHERE c.sentiment = 'negative' "
                                + "ORDER BY c.receivedAt, c.id",
                        Contact.class)
                .getResultStream()
                .forEach(contact -> productCode(contact).ifPresent(product -> {
                    for (HazardTag hazard : contact.getHazards()) {
                        category(hazard.getCategory())
                                .ifPresent(category -> inputs.add(new TaggedContact(
                                        contact.getId().toString(),
                                        contact.getReceivedAt(),
                                        product,
                                        category,
                                        consumer(contact),
                                        true)));
                    }
                }));
        return inputs;
    }

    /**
     * The negative contacts about a product with ids in {@code (afterId, upToId]}, as the watch wants
     * them (hazards, words, severity), in id order, reading at most {@code limit}.
     */
    public Page negativeContacts(long afterId, long upToId, int limit) {
        List<ObservedContact> inputs = new ArrayList<>();
        long[] last = {afterId};
        entityManager
                .createQuery(
                        "SELECT c FROM Contact c WHERE c.sentiment = 'negative' AND c.id > :after "
                                + "AND c.id <= :upTo ORDER BY c.id",
                        Contact.class)
                .setParameter("after", afterId)
                .setParameter("upTo", upToId)
                .setMaxResults(limit)
                // One query per page for the tags instead of one per contact (a rebuild reads the whole history).
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.hazards")
                .setHint("eclipselink.batch", "c.productMentions")
                .getResultStream()
                .peek(contact -> last[0] = contact.getId())
                .forEach(contact -> productCode(contact).ifPresent(product -> {
                    List<HazardCategory> hazards = contact.getHazards().stream()
                            .map(h -> category(h.getCategory()))
                            .flatMap(Optional::stream)
                            .toList();
                    boolean severe = contact.getReportedHarm() != null
                            || SeverityWords.in(contact.getBody())
                            || hazards.contains(HazardCategory.FIRE)
                            || hazards.contains(HazardCategory.INJURY);
                    inputs.add(new ObservedContact(
                            contact.getId().toString(),
                            contact.getReceivedAt(),
                            product,
                            consumer(contact),
                            true,
                            hazards,
                            contact.getBody(),
                            severe,
                            contact.getComponent(),
                            contact.getModelYear() == null ? 0 : contact.getModelYear()));
                }));
        return new Page(inputs, last[0], last[0] == afterId);
    }

    /** Contacts read, the last id read, and whether nothing was left to read. */
    public record Page(List<ObservedContact> contacts, long lastId, boolean empty) {}

    /** The highest contact id stored, or 0. */
    public long lastContactId() {
        Long max = entityManager
                .createQuery("SELECT MAX(c.id) FROM Contact c", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /** Dismissed alerts, so that the detector does not raise their pattern again. */
    public List<Alert> dismissed() {
        return entityManager
                .createQuery("SELECT a FROM Alert a WHERE a.status = :status", Alert.class)
                .setParameter("status", AlertStatus.DISMISSED)
                .getResultList();
    }

    static Optional<String> productCode(Contact contact) {
        if (contact.getProduct() != null) {
            return Optional.of(contact.getProduct().getCode());
        }
        return contact.getProductMentions().stream()
                .map(ProductMentionTag::getProductCode)
                .findFirst();
    }

    static String consumer(Contact contact) {
        if (contact.getCustomer() != null) {
            return "customer:" + contact.getCustomer().getId();
        }
        if (contact.getSenderEmail() != null) {
            return "email:" + contact.getSenderEmail().toLowerCase(Locale.ROOT);
        }
        return "contact:" + contact.getId(); // nothing ties it to anyone else
    }

    static Optional<HazardCategory> category(String wireName) {
        return Arrays.stream(HazardCategory.values())
                .filter(c -> c.wireName().equals(wireName))
                .findFirst();
    }
}
