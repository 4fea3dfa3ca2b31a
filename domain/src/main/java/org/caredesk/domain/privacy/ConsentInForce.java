package org.caredesk.domain.privacy;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The decision in force for one customer and purpose: the latest of the appended {@link Consent}s, kept by
 * {@link ConsentCentre#record} in the same transaction as the decision, so a segment's consent criterion is
 * one probe of the primary key rather than a search for each customer's latest decision.
 */
@Entity
@Table(name = "consent_current")
@IdClass(ConsentInForce.Key.class)
public class ConsentInForce {
    /** The primary key: customer and purpose. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long customerId;
        private ConsentPurpose purpose;

        public Key() {}

        public Key(Long customerId, ConsentPurpose purpose) {
            this.customerId = customerId;
            this.purpose = purpose;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(customerId, k.customerId) && purpose == k.purpose;
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, purpose);
        }
    }

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Id
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private boolean granted;

    @Column(name = "consent_id")
    private Long consentId;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ConsentInForce() {}

    ConsentInForce(long customerId, Consent decision) {
        this.customerId = customerId;
        this.purpose = decision.getPurpose();
        follow(decision);
    }

    /** Takes the decision when it is later than the one in force (the same time: the higher id). */
    void follow(Consent decision) {
        if (consentId != null
                && (decision.getRecordedAt().isBefore(recordedAt)
                        || (decision.getRecordedAt().equals(recordedAt) && decision.getId() < consentId))) {
            return;
        }
        this.granted = decision.isGranted();
        this.consentId = decision.getId();
        this.recordedAt = decision.getRecordedAt();
    }

    public boolean isGranted() {
        return granted;
    }
}
