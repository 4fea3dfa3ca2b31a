package org.caredesk.domain.correction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.caredesk.sentiment.training.ModelRetraining;

/**
 * Agents' corrections of contacts' tags: applied to the contact at once (so the queue, the
 * dashboards and the early-warning scan see the corrected tags) and kept as training data.
 * Opening a customer's contact is audited like any other access to a customer's record.
 */
@ApplicationScoped
@Transactional
public class TagCorrections {
    public static final String CONTACT_OPENED = "contact.opened";
    public static final String CONTACT_CORRECTED = "contact.corrected";
    private static final int EXCERPT = 140;

    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Clock clock;

    protected TagCorrections() {
        this(null, null, null);
    }

    @Inject
    public TagCorrections(EntityManager entityManager, AuditLog audit, Clock clock) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contact with its tags and corrections; empty when there is none with that id. */
    public Optional<ContactDetails> open(long contactId, String agent) {
        Contact contact = entityManager.find(Contact.class, contactId);
        if (contact == null) {
            return Optional.empty();
        }
        if (contact.getCustomer() != null) {
            audit.record(agent, CONTACT_OPENED, contact.getCustomer().getId(), "contact " + contactId, null);
        }
        return Optional.of(details(contact));
    }

    /**
     * Applies an agent's correction and records it.
     *
     * @return empty when there is no such contact
     * @throws IllegalStateException when the correction changes nothing (the label it already has,
     *                               a hazard it already has, or removing one it does not have)
     */
    public Optional<ContactDetails> correct(long contactId, CorrectionRequest request, String agent) {
        Contact contact = entityManager.find(Contact.class, contactId);
        if (contact == null) {
            return Optional.empty();
        }
        CorrectionKind kind = request.correctionKind();
        String value = request.value();
        String previous = null;
        String who = "corrected by " + agent;
        switch (kind) {
            case SENTIMENT -> {
                previous = contact.getSentiment();
                if (value.equals(previous)) {
                    throw new IllegalStateException("The contact's sentiment is already " + value);
                }
                contact.correctSentiment(value, who);
            }
            case ADD_HAZARD -> {
                if (hasHazard(contact, value)) {
                    throw new IllegalStateException("The contact is already tagged " + value);
                }
                contact.addHazard(new HazardTag(value, who));
            }
            case REMOVE_HAZARD -> {
                previous = value;
                if (!contact.removeHazard(value)) {
                    throw new IllegalStateException("The contact is not tagged " + value);
                }
            }
        }
        entityManager.persist(new TagCorrection(contact, kind, value, previous, agent, clock.instant()));
        if (contact.getCustomer() != null) {
            audit.record(
                    agent,
                    CONTACT_CORRECTED,
                    contact.getCustomer().getId(),
                    "contact " + contactId,
                    kind.wireName() + " " + value);
        }
        entityManager.flush();
        return Optional.of(details(contact));
    }

    /** The newest inbound contacts, newest first, for picking one to open. */
    public List<ContactLine> recent(int limit) {
        return entityManager
                .createQuery(
                        "select c from Contact c where c.direction = org.caredesk.domain.contact.Direction.INBOUND "
                                + "order by c.receivedAt desc, c.id desc",
                        Contact.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(c -> new ContactLine(
                        c.getId(),
                        c.getReceivedAt(),
                        c.getChannel().wireName(),
                        excerpt(c.getBody()),
                        c.getLanguage(),
                        c.getSentiment(),
                        c.getHazards().stream().map(HazardTag::getCategory).toList()))
                .toList();
    }

    /**
     * The sentiment corrections to train on: per contact, the label of its latest correction, with
     * the contact's text and language.
     */
    public List<ModelRetraining.Correction> trainingCorrections() {
        List<TagCorrection> all = entityManager
                .createQuery(
                        "select t from TagCorrection t join fetch t.contact where t.kind = :kind order by t.correctedAt, t.id",
                        TagCorrection.class)
                .setParameter("kind", CorrectionKind.SENTIMENT)
                .getResultList();
        Map<Long, TagCorrection> latest = new LinkedHashMap<>();
        for (TagCorrection t : all) {
            latest.remove(t.getContact().getId());
            latest.put(t.getContact().getId(), t);
        }
        return latest.values().stream()
                .map(t -> new ModelRetraining.Correction(
                        t.getContact().getLanguage() == null
                                ? ""
                                : t.getContact().getLanguage(),
                        SentimentLabel.fromWireName(t.getValue()),
                        t.getContact().getBody()))
                .toList();
    }

    private ContactDetails details(Contact contact) {
        List<CorrectionView> corrections = entityManager
                .createQuery(
                        "select t from TagCorrection t where t.contact = :contact order by t.correctedAt desc, t.id desc",
                        TagCorrection.class)
                .setParameter("contact", contact)
                .getResultList()
                .stream()
                .map(CorrectionView::of)
                .toList();
        return new ContactDetails(
                contact.getId(),
                contact.getSupportCase() == null
                        ? null
                        : contact.getSupportCase().getCaseNumber(),
                contact.getChannel().wireName(),
                contact.getAuthor().name().toLowerCase(Locale.ROOT),
                contact.getReceivedAt(),
                contact.getBody(),
                contact.getLanguage(),
                contact.getSentiment(),
                contact.getSentimentScore(),
                contact.getSentimentEvidence(),
                contact.getHazards().stream()
                        .map(h -> new ContactDetails.HazardView(h.getCategory(), h.getEvidence()))
                        .toList(),
                contact.getProductMentions().stream()
                        .map(m -> m.getProductCode())
                        .distinct()
                        .toList(),
                corrections,
                contact.getComponent(),
                contact.getModelYear());
    }

    private static boolean hasHazard(Contact contact, String category) {
        return contact.getHazards().stream().anyMatch(h -> h.getCategory().equals(category));
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
