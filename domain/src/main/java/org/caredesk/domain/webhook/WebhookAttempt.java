package org.caredesk.domain.webhook;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One try at a delivery, with the receiver's answer: the delivery log a supervisor reads. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "delivery_id")
    private long deliveryId;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body")
    private String responseBody;

    private String error;

    protected WebhookAttempt() {}

    WebhookAttempt(long deliveryId, Instant attemptedAt, WebhookResponse response) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.responseStatus = response.status();
        this.responseBody = response.body();
        this.error = response.error();
    }
}
