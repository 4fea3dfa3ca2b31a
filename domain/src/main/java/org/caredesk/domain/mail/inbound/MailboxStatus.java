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
import org.caredesk.domain.cases.Attachment;
import org.caredesk.domain.cases.AttachmentInfo;
import org.caredesk.domain.cases.SupportCase;

/** Where the mailbox stands: the last poll and its figures, the quarantined mails, a mail's original. */
@ApplicationScoped
@Transactional
public class MailboxStatus {
    private final EntityManager entityManager;
    private final Clock clock;

    /** The figures the supervisor's mailbox page shows. */
    public record Figures(
            Instant lastPollAt, Instant lastSuccessAt, long fetched, long quarantined, long errors, String lastError) {
        /** Reachable at the last try (or never tried yet). */
        public boolean healthy() {
            return lastError == null;
        }
    }

    /** A quarantined mail as the console lists it. */
    public record Quarantined(long id, Instant at, String reason) {}

    /**
     * An e-mail contact's envelope and original, for the case timeline's "view original": the headers
     * decoded, the whole text (quoted history included), the HTML sanitised (null for plain mail), the
     * files kept with the case, and the raw message as text.
     */
    public record Original(
            long contactId,
            String caseNumber,
            Instant receivedAt,
            String sender,
            String recipients,
            String subject,
            List<MailParser.Header> headers,
            String text,
            String sanitisedHtml,
            List<AttachmentInfo> attachments,
            String rawText,
            String automatic) {}

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
        return entityManager
                .createQuery("SELECT m FROM InboundMail m WHERE m.status = :s ORDER BY m.id DESC", InboundMail.class)
                .setParameter("s", InboundMail.QUARANTINED)
                .setMaxResults(limit)
                .getResultStream()
                .map(m -> new Quarantined(m.getId(), m.getReceivedAt(), m.getReason()))
                .toList();
    }

    /** The original of an e-mail contact: envelope, sanitised HTML (or none) and the raw text, for staff. */
    public Optional<Original> original(long contactId) {
        return entityManager
                .createQuery("SELECT m FROM InboundMail m WHERE m.contactId = :c", InboundMail.class)
                .setParameter("c", contactId)
                .getResultStream()
                .findFirst()
                .map(m -> {
                    byte[] raw = m.getRaw() == null ? new byte[0] : m.getRaw();
                    MailParser.Readable readable = MailParser.readable(raw);
                    String caseNumber =
                            entityManager.find(SupportCase.class, m.getCaseId()).getCaseNumber();
                    List<AttachmentInfo> files = entityManager
                            .createQuery(
                                    "SELECT a FROM Attachment a WHERE a.contact.id = :c ORDER BY a.id",
                                    Attachment.class)
                            .setParameter("c", contactId)
                            .getResultStream()
                            .map(AttachmentInfo::of)
                            .toList();
                    return new Original(
                            contactId,
                            caseNumber,
                            m.getReceivedAt(),
                            m.getSender(),
                            m.getRecipients(),
                            m.getSubject(),
                            readable.headers(),
                            readable.text(),
                            m.getHtml() == null ? null : HtmlText.sanitised(m.getHtml()),
                            files,
                            new String(raw, java.nio.charset.StandardCharsets.UTF_8),
                            m.getAutomatic());
                });
    }

    /** Who sent an e-mail contact and to whom, as the case timeline shows it. */
    public record Envelope(String sender, String recipients) {}

    /** Sender and recipients of each e-mail contact of the case, by contact id (none for an unknown case). */
    public java.util.Map<Long, Envelope> envelopes(String caseNumber) {
        java.util.Map<Long, Envelope> found = new java.util.HashMap<>();
        entityManager
                .createQuery(
                        "SELECT m FROM InboundMail m, SupportCase c WHERE m.caseId = c.id "
                                + "AND c.caseNumber = :n AND m.contactId IS NOT NULL",
                        InboundMail.class)
                .setParameter("n", caseNumber)
                .getResultStream()
                .forEach(m -> found.put(m.getContactId(), new Envelope(m.getSender(), m.getRecipients())));
        return found;
    }

    private MailboxState row() {
        return entityManager.find(MailboxState.class, MailboxState.ROW, LockModeType.PESSIMISTIC_WRITE);
    }
}
