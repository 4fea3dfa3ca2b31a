package org.caredesk.domain.recall;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.platform.Ids;

/** A recall notice reaching the owner of one affected unit: e-mailed or not, seen or not. */
@Entity
@Table(name = "recall_delivery")
public class RecallDelivery {
    /** Handed to the mail service (the outbox mail, when recorded, says whether it went out). */
    public static final String SENT = "sent";
    /** Kept for deliveries recorded before the application had a mail service. */
    public static final String PENDING = "pending";

    public static final String NO_ADDRESS = "no_address";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id")
    private RecallNotice notice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owned_product_id")
    private OwnedProduct unit;

    @Column(name = "email_status")
    private String emailStatus;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "outbox_mail_id")
    private Long outboxMailId;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Version
    private long version;

    protected RecallDelivery() {}

    public RecallDelivery(
            RecallNotice notice, OwnedProduct unit, String emailStatus, Instant emailedAt, Long outboxMailId) {
        this.notice = notice;
        this.customer = unit.getCustomer();
        this.unit = unit;
        this.emailStatus = emailStatus;
        this.emailedAt = emailedAt;
        this.outboxMailId = outboxMailId;
    }

    /** The outbox mail carrying the notice; null without an address or for deliveries recorded before it was kept. */
    public Long getOutboxMailId() {
        return outboxMailId;
    }

    /** The first time the owner saw the notice; later views do not move it. */
    public void seen(Instant at) {
        if (seenAt == null) {
            seenAt = at;
        }
    }

    public RecallNotice getNotice() {
        return notice;
    }

    public Customer getCustomer() {
        return customer;
    }

    public OwnedProduct getUnit() {
        return unit;
    }

    public String getEmailStatus() {
        return emailStatus;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
