package org.caredesk.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One case as the reports see it: its dimensions and its measured times, rewritten by {@link ReportRollups}
 * whenever the case changes, so a report never reads the timelines behind it.
 */
@Entity
@Table(name = "report_case_fact")
public class CaseFact {
    @Id
    @Column(name = "case_id")
    private long caseId;

    @Column(name = "created_day")
    private LocalDate createdDay;

    private String channel;
    private String priority;
    private String language;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "assignee_id")
    private long assigneeId;

    private String status;
    private boolean negative;
    private boolean hazard;

    @Column(name = "resolved_day")
    private LocalDate resolvedDay;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @Column(name = "first_response_met")
    private Boolean firstResponseMet;

    @Column(name = "resolution_met")
    private Boolean resolutionMet;

    private boolean reopened;

    @Column(name = "csat_score")
    private Integer csatScore;

    @Column(name = "csat_day")
    private LocalDate csatDay;

    protected CaseFact() {}

    /** Dimensions first, then what was measured; {@code productId} and {@code assigneeId} are 0 for none. */
    public CaseFact(long caseId, LocalDate createdDay, String channel, String priority, String language) {
        this.caseId = caseId;
        this.createdDay = createdDay;
        this.channel = channel;
        this.priority = priority;
        this.language = language;
    }

    CaseFact who(long productId, Long customerId, long assigneeId) {
        this.productId = productId;
        this.customerId = customerId;
        this.assigneeId = assigneeId;
        return this;
    }

    CaseFact state(String status, boolean negative, boolean hazard, boolean reopened) {
        this.status = status;
        this.negative = negative;
        this.hazard = hazard;
        this.reopened = reopened;
        return this;
    }

    CaseFact times(
            Integer firstResponseMinutes,
            Boolean firstResponseMet,
            LocalDate resolvedDay,
            Integer resolutionMinutes,
            Boolean resolutionMet) {
        this.firstResponseMinutes = firstResponseMinutes;
        this.firstResponseMet = firstResponseMet;
        this.resolvedDay = resolvedDay;
        this.resolutionMinutes = resolutionMinutes;
        this.resolutionMet = resolutionMet;
        return this;
    }

    CaseFact rating(Integer csatScore, LocalDate csatDay) {
        this.csatScore = csatScore;
        this.csatDay = csatDay;
        return this;
    }

    public long getCaseId() {
        return caseId;
    }

    LocalDate createdDay() {
        return createdDay;
    }

    LocalDate resolvedDay() {
        return resolvedDay;
    }
}
