package org.caredesk.domain.mail.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.mail.MailSettings;
import org.caredesk.domain.mail.MailThreading;

/**
 * Keeps each case's mail thread: the Message-IDs that went out and came in, the tracking code its
 * mails link to, and the addresses that took part. All in the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class MailThreads {
    /** A long thread keeps its first mail and the latest ones in References, as mail clients do. */
    private static final int MAX_REFERENCES = 12;

    private final EntityManager entityManager;
    private final MailSettings settings;
    private final Clock clock;

    protected MailThreads() {
        this(null, null, null);
    }

    @Inject
    public MailThreads(EntityManager entityManager, MailSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** The threading headers of the next mail CareDesk writes about {@code supportCase}, its Message-ID recorded. */
    public MailThreading nextOutgoing(SupportCase supportCase, String autoSubmitted) {
        List<CaseMessageId> earlier = ids(supportCase.getId());
        String messageId = "<" + supportCase.getCaseNumber().toLowerCase(Locale.ROOT) + "." + UUID.randomUUID() + "@"
                + domain() + ">";
        String inReplyTo = earlier.stream()
                .filter(m -> "in".equals(m.getDirection()))
                .reduce((a, b) -> b)
                .or(() -> earlier.stream().reduce((a, b) -> b))
                .map(CaseMessageId::getMessageId)
                .orElse(null);
        record(supportCase.getId(), messageId, "out");
        return new MailThreading(messageId, inReplyTo, references(earlier), autoSubmitted, supportCase.getCaseNumber());
    }

    /** Records a Message-ID received on the case; one already known is left as it is. */
    public void received(long caseId, String messageId) {
        if (messageId != null && entityManager.find(CaseMessageId.class, messageId) == null) {
            record(caseId, messageId, "in");
        }
    }

    /** The case one of {@code messageIds} belongs to (the newest reference that CareDesk knows wins). */
    public Optional<Long> caseOf(Collection<String> messageIds) {
        List<String> ids = messageIds.stream()
                .filter(id -> id != null && !id.isBlank())
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        for (String id : newestFirst) {
            CaseMessageId known = entityManager.find(CaseMessageId.class, id);
            if (known != null) {
                return Optional.of(known.getCaseId());
            }
        }
        return Optional.empty();
    }

    /** Someone the consumer copied in: their answers may join the case too. */
    public void addParticipant(long caseId, String address) {
        String normalised = normalise(address);
        if (normalised != null && !isParticipant(caseId, normalised)) {
            entityManager
                    .createNativeQuery("INSERT INTO case_mail_participant (case_id, address) VALUES (?, ?)")
                    .setParameter(1, caseId)
                    .setParameter(2, normalised)
                    .executeUpdate();
        }
    }

    public boolean isParticipant(long caseId, String address) {
        String normalised = normalise(address);
        return normalised != null
                && !entityManager
                        .createNativeQuery("SELECT 1 FROM case_mail_participant WHERE case_id = ? AND address = ?")
                        .setParameter(1, caseId)
                        .setParameter(2, normalised)
                        .getResultList()
                        .isEmpty();
    }

    private void record(long caseId, String messageId, String direction) {
        entityManager.persist(new CaseMessageId(messageId, caseId, direction, clock.instant()));
        entityManager.flush();
    }

    private List<CaseMessageId> ids(long caseId) {
        return entityManager
                .createQuery(
                        "SELECT m FROM CaseMessageId m WHERE m.caseId = :c ORDER BY m.createdAt, m.messageId",
                        CaseMessageId.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    private static String references(List<CaseMessageId> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        List<String> ids = earlier.stream().map(CaseMessageId::getMessageId).toList();
        if (ids.size() > MAX_REFERENCES) {
            List<String> kept = new ArrayList<>();
            kept.add(ids.get(0));
            kept.addAll(ids.subList(ids.size() - MAX_REFERENCES + 1, ids.size()));
            ids = kept;
        }
        return String.join(" ", ids);
    }

    private String domain() {
        String from = settings.from();
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "caredesk.invalid" : from.substring(at + 1).replaceAll("[>\\s]", "");
        return domain.isBlank() ? "caredesk.invalid" : domain;
    }

    static String normalise(String address) {
        return address == null || address.isBlank() ? null : address.trim().toLowerCase(Locale.ROOT);
    }
}
