package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.caredesk.domain.contact.Contact;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.contact.ProductMentionTag;
import org.caredesk.sentiment.HazardCategory;
import org.caredesk.sentiment.warning.TaggedContact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        entityManager.createQuery("SELECT DISTINCT c FROM Contact c JOIN c.hazards h WHERE c.sentiment = 'negative' "
                        + "ORDER BY c.receivedAt, c.id", Contact.class)
                .getResultStream()
                .forEach(contact -> productCode(contact).ifPresent(product -> {
                    for (HazardTag hazard : contact.getHazards()) {
                        category(hazard.getCategory()).ifPresent(category -> inputs.add(new TaggedContact(
                                contact.getId().toString(), contact.getReceivedAt(), product, category, consumer(contact), true)));
                    }
                }));
        return inputs;
    }

    /** Dismissed alerts, so that the detector does not raise their pattern again. */
    public List<Alert> dismissed() {
        return entityManager.createQuery("SELECT a FROM Alert a WHERE a.status = :status", Alert.class)
                .setParameter("status", AlertStatus.DISMISSED).getResultList();
    }

    static Optional<String> productCode(Contact contact) {
        if (contact.getProduct() != null) {
            return Optional.of(contact.getProduct().getCode());
        }
        return contact.getProductMentions().stream().map(ProductMentionTag::getProductCode).findFirst();
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
        return Arrays.stream(HazardCategory.values()).filter(c -> c.wireName().equals(wireName)).findFirst();
    }
}
