package org.caredesk.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** Something that happened to a case without a message: the consumer closed or reopened it. Shown on the staff timeline. */
@Entity
@Table(name = "case_event")
public class CaseLifecycleEvent {
    /** What happened; the wire name is the lower-case name. */
    public enum Kind {
        CLOSED,
        REOPENED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** consumer or agent, as contact authors are named. */
    private String actor;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected CaseLifecycleEvent() {}

    public CaseLifecycleEvent(SupportCase supportCase, Instant occurredAt, String actor, Kind kind) {
        this.supportCase = supportCase;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }
}
