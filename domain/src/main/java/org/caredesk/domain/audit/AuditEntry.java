package org.caredesk.domain.audit;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** Who did what to whose data, and when. Written for every agent access to a customer record. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private Instant at;

    private String actor;

    private String action;

    /** Kept as a plain id so the entry outlives an erased customer's personal data. */
    @Column(name = "customer_id")
    private Long customerId;

    private String subject;

    private String detail;

    protected AuditEntry() {}

    public AuditEntry(Instant at, String actor, String action, Long customerId, String subject, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.customerId = customerId;
        this.subject = subject;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
