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
 * linked or split it ({@code detail} names the other case), an automation rule changed it, its SLA warned or
 * broke and it was escalated. Shown on the staff timeline.
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
        SPLIT_FROM,
        /** An automation rule acted: {@code detail} names the rule, {@code action} and {@code value} what it did. */
        RULE,
        /** An SLA is about to break: {@code action} names it (first_response, resolution). */
        SLA_WARNING,
        /** An SLA broke and the team lead was told: {@code action} names the SLA, {@code value} the lead. */
        ESCALATED
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

    private String action;

    @Column(name = "action_value")
    private String value;

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

    /** An event with what it did: the rule's name, its action and the value it set (each cut to fit). */
    public CaseLifecycleEvent(
            SupportCase supportCase,
            Instant occurredAt,
            String actor,
            Kind kind,
            String detail,
            String action,
            String value) {
        this(supportCase, occurredAt, actor, kind);
        this.detail = cut(detail);
        this.action = action;
        this.value = cut(value);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }

    /** The timeline's kind: closed, reopened, rule.priority (rule.ACTION), sla-warning, escalated. */
    public String timelineKind() {
        return switch (kind) {
            case RULE -> "rule." + action;
            case SLA_WARNING -> "sla-warning";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public String getDetail() {
        return detail;
    }

    public String getAction() {
        return action;
    }

    public String getValue() {
        return value;
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
