package org.caredesk.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The durable outbox table: the transactional steps of writing and delivering mail. */
@ApplicationScoped
public class MailOutbox {
    private final EntityManager entityManager;
    private final Clock clock;

    protected MailOutbox() {
        this(null, null);
    }

    @Inject
    public MailOutbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the mail exists exactly when what caused it does. */
    @Transactional
    public long add(OutgoingMail mail, MailStatus status, String error) {
        OutboxMail row = new OutboxMail(mail, status, clock.instant(), error);
        entityManager.persist(row);
        entityManager.flush();
        return row.getId();
    }

    /**
     * Takes a pending or failed mail for one delivery attempt. The conditional update lets exactly
     * one of several applications (or instances) win, so no mail goes out twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(long id) {
        int claimed = entityManager
                .createQuery("UPDATE OutboxMail m SET m.status = :sending " + "WHERE m.id = :id AND m.status IN :open")
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("id", id)
                .setParameter("open", List.of(MailStatus.PENDING, MailStatus.FAILED))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(entityManager.find(OutboxMail.class, id).toMail());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id) {
        entityManager.find(OutboxMail.class, id).sent(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        entityManager.find(OutboxMail.class, id).failed(error);
    }

    /** The newest mails first, for the console's outbox page and for tests. */
    @Transactional
    public List<OutboxMailView> newest(int limit) {
        return entityManager
                .createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(OutboxMail::view)
                .toList();
    }

    /** The newest mails to one address, newest first (a customer's verification link, say). */
    @Transactional
    public List<OutboxMailView> to(String address, int limit) {
        return entityManager
                .createQuery(
                        "SELECT m FROM OutboxMail m WHERE m.recipientKey = :to " + "ORDER BY m.id DESC",
                        OutboxMail.class)
                .setParameter("to", address.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(limit)
                .getResultStream()
                .map(OutboxMail::view)
                .toList();
    }
}
