package org.caredesk.domain.webhook;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/**
 * One event for one webhook, in the outbox until its receiver answers 2xx. A failed attempt waits longer
 * each time (30 s, 2 min, 8 min, 32 min, about 2 h, then 6 h); after {@link #MAX_ATTEMPTS} it is given up.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public static final int MAX_ATTEMPTS = 6;
    /** How long an attempt may run before another instance may take the delivery over. */
    static final Duration SENDING_LEASE = Duration.ofMinutes(2);

    /** pending (never tried), retrying, sending, delivered, failed (given up). */
    public enum Status {
        PENDING,
        RETRYING,
        SENDING,
        DELIVERED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "webhook_id")
    private long webhookId;

    private String event;
    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body")
    private String responseBody;

    private String error;

    protected WebhookDelivery() {}

    WebhookDelivery(long webhookId, String event, String payload, Instant now) {
        this.webhookId = webhookId;
        this.event = event;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void carry(String json) {
        this.payload = json;
    }

    static Duration backoff(int attemptsMade) {
        long seconds = 30L << (2 * Math.min(attemptsMade - 1, 5));
        return Duration.ofSeconds(Math.min(seconds, 6 * 3600));
    }

    void sending(Instant now) {
        status = Status.SENDING;
        nextAttemptAt = now.plus(SENDING_LEASE);
    }

    void answered(WebhookResponse response, Instant now) {
        attempts++;
        responseStatus = response.status();
        responseBody = response.body();
        error = response.error();
        if (response.ok()) {
            status = Status.DELIVERED;
            deliveredAt = now;
        } else if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            status = Status.RETRYING;
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    WebhookDeliveryView view() {
        return new WebhookDeliveryView(
                id,
                webhookId,
                event,
                status.name().toLowerCase(java.util.Locale.ROOT),
                attempts,
                createdAt,
                status == Status.RETRYING || status == Status.PENDING ? nextAttemptAt : null,
                deliveredAt,
                responseStatus,
                responseBody,
                error);
    }

    public Long getId() {
        return id;
    }

    long webhookId() {
        return webhookId;
    }

    String payload() {
        return payload;
    }

    String event() {
        return event;
    }
}
