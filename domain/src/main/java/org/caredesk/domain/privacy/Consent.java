package org.caredesk.domain.privacy;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;

/**
 * One consent decision. Decisions are appended, never overwritten, so the history is kept;
 * the latest decision per purpose is the one in force (kept in {@link ConsentInForce}).
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private boolean granted;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    private String source;

    protected Consent() {}

    /** Write decisions through {@link ConsentCentre#record}, which keeps the decision in force with them. */
    Consent(Customer customer, ConsentPurpose purpose, boolean granted, Instant recordedAt, String source) {
        this.customer = customer;
        this.purpose = purpose;
        this.granted = granted;
        this.recordedAt = recordedAt;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public boolean isGranted() {
        return granted;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getSource() {
        return source;
    }
}
