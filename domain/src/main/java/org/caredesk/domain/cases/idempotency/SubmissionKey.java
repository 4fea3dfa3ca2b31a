package org.caredesk.domain.cases.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.caredesk.domain.cases.SupportCase;

/** One client's idempotency key, hashed, and the case it opened (with that case's tracking code sealed). */
@Entity
@Table(name = "case_submission_key")
public class SubmissionKey {
    @Id
    @Column(name = "key_hash")
    private String keyHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Column(name = "sealed_code")
    private String sealedCode;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SubmissionKey() {}

    SubmissionKey(String keyHash, SupportCase supportCase, String sealedCode, Instant createdAt) {
        this.keyHash = keyHash;
        this.supportCase = supportCase;
        this.sealedCode = sealedCode;
        this.createdAt = createdAt;
    }

    SupportCase getSupportCase() {
        return supportCase;
    }

    String getSealedCode() {
        return sealedCode;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
