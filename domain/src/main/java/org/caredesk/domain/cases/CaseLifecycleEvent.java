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

/**
 * Something that happened to a case without a message: the consumer closed or reopened it, staff merged,
 * linked or split it. Shown on the staff timeline; {@code detail} names the other case, if any.
 */
@Entity
@Table(name = "case_event")
public class CaseLifecycleEvent {
    /** What happened; the wire name is the lower-case name. */
    public enum Kind {
        CLOSED,
        REOPENED,
        /** This case was merged into the one named in the detail. */
        MERGED_INTO,
        /** The case named in the detail was merged into this one. */
        MERGED_FROM,
        LINKED,
        UNLINKED,
        /** A message of this case was split off into the case named in the detail. */
        SPLIT_TO,
        /** This case was split off the case named in the detail. */
        SPLIT_FROM
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

    private String detail;

    protected CaseLifecycleEvent() {}

    public CaseLifecycleEvent(SupportCase supportCase, Instant occurredAt, String actor, Kind kind, String detail) {
        this(supportCase, occurredAt, actor, kind);
        this.detail = detail;
    }

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

    public String getDetail() {
        return detail;
    }

    public Kind getKind() {
        return kind;
    }
}
