package org.caredesk.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes deliveries in the caller's transaction: a webhook hears of a change exactly when it was
 * committed, and the caller never waits for a receiver (the {@link WebhookDispatcher} sends later).
 * The body is {@code {"id","event","at","data"}}; {@code id} lets a receiver drop a repeated delivery.
 */
@ApplicationScoped
@Transactional
public class WebhookOutbox {
    private final EntityManager entityManager;
    private final Clock clock;
    private final Jsonb jsonb = JsonbBuilder.create();

    protected WebhookOutbox() {
        this(null, null);
    }

    @Inject
    public WebhookOutbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Queues {@code event} for every enabled webhook subscribed to it; answers how many. */
    public int publish(String event, Object data) {
        int queued = 0;
        for (Webhook hook : entityManager
                .createQuery("SELECT w FROM Webhook w WHERE w.enabled = true", Webhook.class)
                .getResultList()) {
            if (hook.listensTo(event)) {
                queue(hook, event, data);
                queued++;
            }
        }
        return queued;
    }

    /** Queues {@code event} for one webhook, subscribed or not (a rule calls it); false when it is gone or off. */
    public boolean sendTo(long webhookId, String event, Object data) {
        Webhook hook = entityManager.find(Webhook.class, webhookId);
        if (hook == null || !hook.enabled()) {
            return false;
        }
        queue(hook, event, data);
        return true;
    }

    private void queue(Webhook hook, String event, Object data) {
        Instant now = clock.instant();
        WebhookDelivery delivery = new WebhookDelivery(hook.getId(), event, "{}", now);
        entityManager.persist(delivery); // the sequence gives the id now, so the body can carry it
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", delivery.getId());
        body.put("event", event);
        body.put("at", now.toString());
        body.put("data", data);
        String json = jsonb.toJson(body);
        if (json.length() > 20_000) {
            body.put("data", Map.of("truncated", true));
            json = jsonb.toJson(body);
        }
        delivery.carry(json);
    }
}
