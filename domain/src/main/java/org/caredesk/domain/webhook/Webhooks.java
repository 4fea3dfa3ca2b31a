package org.caredesk.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Supervisors configure webhooks (URL, events, secret) and read their delivery log. */
@ApplicationScoped
@Transactional
public class Webhooks {
    private final EntityManager entityManager;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    protected Webhooks() {
        this(null, null);
    }

    @Inject
    public Webhooks(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<WebhookView> all() {
        return entityManager
                .createQuery("SELECT w FROM Webhook w ORDER BY w.name, w.id", Webhook.class)
                .getResultStream()
                .map(Webhook::view)
                .toList();
    }

    public Optional<WebhookView> byId(long id) {
        return Optional.ofNullable(entityManager.find(Webhook.class, id)).map(Webhook::view);
    }

    /** Creates a webhook; without a secret one is made up. Answers the view and the secret (shown this once). */
    public Created create(String name, String url, String secret, List<String> events, boolean enabled) {
        Webhook hook = new Webhook(clock.instant());
        hook.define(name, url, secret, events, enabled);
        if (secret == null || secret.isBlank()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            hook.useSecret(HexFormat.of().formatHex(bytes));
        }
        entityManager.persist(hook);
        entityManager.flush();
        return new Created(hook.view(), hook.secret());
    }

    /** Changes a webhook; a blank secret keeps the current one. */
    public WebhookView update(long id, String name, String url, String secret, List<String> events, boolean enabled) {
        Webhook hook = hook(id);
        hook.define(name, url, secret, events, enabled);
        return hook.view();
    }

    /** Removes the webhook with its delivery log. Refused while a rule calls it. */
    public void delete(long id) {
        Webhook hook = hook(id);
        long callers = entityManager
                .createQuery("SELECT COUNT(r) FROM AutomationRule r WHERE r.callWebhook = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (callers > 0) {
            throw new IllegalStateException("A rule calls this webhook; change the rule first");
        }
        entityManager
                .createQuery("DELETE FROM WebhookAttempt a WHERE a.deliveryId IN"
                        + " (SELECT d.id FROM WebhookDelivery d WHERE d.webhookId = :id)")
                .setParameter("id", id)
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM WebhookDelivery d WHERE d.webhookId = :id")
                .setParameter("id", id)
                .executeUpdate();
        entityManager.remove(hook);
    }

    /** The newest deliveries of a webhook, newest first. */
    public List<WebhookDeliveryView> deliveries(long id, int max) {
        hook(id);
        return entityManager
                .createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :id ORDER BY d.id DESC",
                        WebhookDelivery.class)
                .setParameter("id", id)
                .setMaxResults(max)
                .getResultStream()
                .map(WebhookDelivery::view)
                .toList();
    }

    private Webhook hook(long id) {
        Webhook hook = entityManager.find(Webhook.class, id);
        if (hook == null) {
            throw new IllegalArgumentException("No webhook " + id);
        }
        return hook;
    }

    /** A new webhook and its secret. */
    public record Created(WebhookView webhook, String secret) {}
}
