package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        // Columns, not entities: a contact's product and customer are relations, and reading them per contact
        // (lazily, or eagerly where nothing weaves) made the start-up rebuild one query per contact and case.
        List<Object[]> rows = entityManager
                .createQuery(
                        "SELECT c.id, c.receivedAt, p.code, cu.id, c.senderEmail, c.body, c.reportedHarm, c.component,"
                                + " c.modelYear FROM Contact c LEFT JOIN c.product p LEFT JOIN c.customer cu"
                                + " WHERE c.sentiment = 'negative' AND c.id > :after AND c.id <= :upTo ORDER BY c.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setParameter("upTo", upToId)
                .setMaxResults(limit)
                .getResultList();
        if (rows.isEmpty()) {
            return new Page(List.of(), afterId, true);
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<HazardCategory>> hazards = new HashMap<>();
        for (Object[] tag : entityManager
                .createQuery(
                        "SELECT c.id, h.category FROM Contact c JOIN c.hazards h WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            category((String) tag[1])
                    .ifPresent(category -> hazards.computeIfAbsent((Long) tag[0], k -> new ArrayList<>())
                            .add(category));
        }
        Map<Long, String> mentioned = new HashMap<>();
        for (Object[] tag : entityManager
                .createQuery(
                        "SELECT c.id, m.productCode FROM Contact c JOIN c.productMentions m WHERE c.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            mentioned.putIfAbsent((Long) tag[0], (String) tag[1]); // the first one it mentions
        }
        List<ObservedContact> inputs = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            String product = row[2] != null ? (String) row[2] : mentioned.get(id);
            if (product == null) {
                continue;
            }
            String body = (String) row[5];
            List<HazardCategory> categories = hazards.getOrDefault(id, List.of());
            boolean severe = row[6] != null
                    || SeverityWords.in(body)
                    || categories.contains(HazardCategory.FIRE)
                    || categories.contains(HazardCategory.INJURY);
            inputs.add(new ObservedContact(
                    id.toString(),
                    (Instant) row[1],
                    product,
                    consumer(id, (Long) row[3], (String) row[4]),
                    true,
                    categories,
                    body,
                    severe,
                    (String) row[7],
                    row[8] == null ? 0 : (Integer) row[8]));
        }
        return new Page(inputs, ids.get(ids.size() - 1), false);
    }

    private static String consumer(Long contactId, Long customerId, String senderEmail) {
        if (customerId != null) {
            return "customer:" + customerId;
        }
        if (senderEmail != null) {
            return "email:" + senderEmail.toLowerCase(Locale.ROOT);
        }
        return "contact:" + contactId;
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
