package org.caredesk.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The transactional steps of sending a delivery: find what is due, take one, write down the answer. */
@ApplicationScoped
public class WebhookLedger {
    private final EntityManager entityManager;
    private final Clock clock;

    protected WebhookLedger() {
        this(null, null);
    }

    @Inject
    public WebhookLedger(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Deliveries whose time has come, oldest first (a sending one whose sender vanished counts too). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return entityManager
                .createQuery(
                        "SELECT d.id FROM WebhookDelivery d WHERE d.status IN :open AND d.nextAttemptAt <= :now"
                                + " ORDER BY d.nextAttemptAt, d.id",
                        Long.class)
                .setParameter(
                        "open",
                        List.of(
                                WebhookDelivery.Status.PENDING,
                                WebhookDelivery.Status.RETRYING,
                                WebhookDelivery.Status.SENDING))
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes a due delivery for one attempt; the conditional update lets exactly one instance win. Answers
     * what to send, or empty when another took it or its webhook is gone or off.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outgoing> claim(long id) {
        Instant now = clock.instant();
        int taken = entityManager
                .createQuery("UPDATE WebhookDelivery d SET d.status = :sending, d.nextAttemptAt = :lease"
                        + " WHERE d.id = :id AND d.status IN :open AND d.nextAttemptAt <= :now")
                .setParameter("sending", WebhookDelivery.Status.SENDING)
                .setParameter("lease", now.plus(WebhookDelivery.SENDING_LEASE))
                .setParameter("id", id)
                .setParameter(
                        "open",
                        List.of(
                                WebhookDelivery.Status.PENDING,
                                WebhookDelivery.Status.RETRYING,
                                WebhookDelivery.Status.SENDING))
                .setParameter("now", now)
                .executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, id);
        entityManager.refresh(delivery);
        Webhook hook = entityManager.find(Webhook.class, delivery.webhookId());
        if (hook == null || !hook.enabled()) {
            delivery.answered(new WebhookResponse(null, null, "webhook switched off"), now);
            return Optional.empty();
        }
        return Optional.of(new Outgoing(id, hook.url(), hook.secret(), delivery.event(), delivery.payload()));
    }

    /** Writes the receiver's answer to the log and schedules the next attempt when it failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long id, WebhookResponse response) {
        Instant now = clock.instant();
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, id);
        delivery.answered(response, now);
        entityManager.persist(new WebhookAttempt(id, now, response));
    }

    /** A delivery ready to go. */
    public record Outgoing(long id, String url, String secret, String event, String payload) {}
}
