package org.caredesk.domain.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the mailbox stands: the last poll and its figures, the quarantined mails, a mail's original. */
@ApplicationScoped
@Transactional
public class MailboxStatus {
    private final EntityManager entityManager;
    private final Clock clock;

    /** The figures the supervisor's mailbox page shows. */
    public record Figures(Instant lastPollAt, Instant lastSuccessAt, long fetched, long quarantined, long errors,
                          String lastError) {
        /** Reachable at the last try (or never tried yet). */
        public boolean healthy() {
            return lastError == null;
        }
    }

    /** A quarantined mail as the console lists it. */
    public record Quarantined(long id, Instant at, String reason) {
    }

    /** An e-mail contact's envelope and original, for the case timeline's "view original". */
    public record Original(String sender, String recipients, String subject, String sanitisedHtml, String rawText,
                           String automatic) {
    }

    protected MailboxStatus() {
        this(null, null);
    }

    @Inject
    public MailboxStatus(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Figures figures() {
        return entityManager.find(MailboxState.class, MailboxState.ROW).figures();
    }

    public void polled(int fetched, int quarantined) {
        row().polled(clock.instant(), fetched, quarantined);
    }

    public void failed(String error) {
        row().failed(clock.instant(), error);
    }

    public List<Quarantined> quarantined(int limit) {
        return entityManager.createQuery("SELECT m FROM InboundMail m WHERE m.status = :s ORDER BY m.id DESC",
                        InboundMail.class).setParameter("s", InboundMail.QUARANTINED).setMaxResults(limit)
                .getResultStream().map(m -> new Quarantined(m.getId(), m.getReceivedAt(), m.getReason())).toList();
    }

    /** The original of an e-mail contact: envelope, sanitised HTML (or none) and the raw text, for staff. */
    public Optional<Original> original(long contactId) {
        return entityManager.createQuery("SELECT m FROM InboundMail m WHERE m.contactId = :c", InboundMail.class)
                .setParameter("c", contactId).getResultStream().findFirst()
                .map(m -> new Original(m.getSender(), m.getRecipients(), m.getSubject(),
                        m.getHtml() == null ? null : HtmlText.sanitised(m.getHtml()),
                        m.getRaw() == null ? "" : new String(m.getRaw(), java.nio.charset.StandardCharsets.UTF_8), m.getAutomatic()));
    }

    /** Sender and recipients of each e-mail contact of a case, by contact id. */
    public java.util.Map<Long, String[]> envelopes(long caseId) {
        java.util.Map<Long, String[]> found = new java.util.HashMap<>();
        entityManager.createQuery("SELECT m FROM InboundMail m WHERE m.caseId = :c", InboundMail.class)
                .setParameter("c", caseId).getResultStream()
                .forEach(m -> found.put(m.getContactId(), new String[]{m.getSender(), m.getRecipients()}));
        return found;
    }

    private MailboxState row() {
        return entityManager.find(MailboxState.class, MailboxState.ROW, LockModeType.PESSIMISTIC_WRITE);
    }
}
