package org.caredesk.domain.report;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** A supervisor's standing order for a report by e-mail, daily or weekly. */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule {
    /** How often: daily covers yesterday, weekly the seven days up to yesterday. */
    public enum Frequency {
        DAILY,
        WEEKLY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "owner_login")
    private String ownerLogin;

    private String recipient;
    private String report;

    @Column(name = "group_by")
    private String groupBy;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private String language;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReportSchedule() {}

    public ReportSchedule(
            String ownerLogin,
            ReportKind report,
            GroupBy groupBy,
            Frequency frequency,
            String language,
            Instant nextRunAt,
            Instant createdAt) {
        this.ownerLogin = ownerLogin;
        this.recipient = ownerLogin;
        this.report = report.wireName();
        this.groupBy = groupBy.wireName();
        this.frequency = frequency;
        this.language = language;
        this.nextRunAt = nextRunAt;
        this.createdAt = createdAt;
    }

    void ranUntil(Instant next) {
        this.nextRunAt = next;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerLogin() {
        return ownerLogin;
    }

    public String getRecipient() {
        return recipient;
    }

    public ReportKind getReport() {
        return ReportKind.fromWire(report).orElseThrow();
    }

    public GroupBy getGroupBy() {
        return GroupBy.fromWire(groupBy).orElseThrow();
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }
}
