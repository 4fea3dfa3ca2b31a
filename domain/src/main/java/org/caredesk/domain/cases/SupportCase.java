package org.caredesk.domain.cases;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.team.BusinessCalendar;
import org.caredesk.domain.team.Team;
import org.caredesk.domain.user.UserAccount;

/**
 * A consumer's case: the thread of contacts about one matter, with its status. Anonymous
 * consumers follow it with the case number and a tracking code, of which only a hash is kept.
 */
@Entity
@Table(name = "support_case")
@NamedQuery(name = SupportCase.BY_NUMBER, query = "SELECT c FROM SupportCase c WHERE c.caseNumber = :number")
public class SupportCase {
    public static final String BY_NUMBER = "SupportCase.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "tracking_hash")
    private String trackingHash;

    private String subject;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private CasePriority priority;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    /** The product as the consumer wrote it, when it is no catalogue product (else null). */
    @Column(name = "product_text")
    private String productText;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    /** Sentiment of the latest consumer message, for sorting the queue. */
    private String sentiment;

    /** True once any consumer message in the case carried a hazard signal. */
    private boolean hazard;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** When an agent first replied to the consumer: stops the first-response SLA timer. */
    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** When the case was last resolved or closed: stops the resolution SLA timer. */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** The staff member behind the latest change, so a colliding agent learns who it was. */
    /**
     * The nearest running SLA deadline and the moment the case counts as breached, stored so that the
     * views order and filter by an index instead of computing them per row from the targets. Kept by
     * {@link #scheduleSla} whenever what they depend on changes; see {@link SlaSchedule}.
     */
    @Column(name = "sla_due_at")
    private Instant slaDueAt;

    @Column(name = "sla_breach_at")
    private Instant slaBreachAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "case_tag", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "tag")
    @OrderBy
    private List<String> tags = new ArrayList<>();
    /** The consumer's rating of the outcome, 1-5, given once the case is resolved. */
    @Column(name = "csat_score")
    private Integer csatScore;

    @Column(name = "csat_comment")
    private String csatComment;

    @Column(name = "csat_at")
    private Instant csatAt;

    /** The case that took in this one's history when it was merged as a duplicate; null otherwise. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private SupportCase mergedInto;

    /** The team whose queue holds the case; null for the general queue. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    /** The early-warning alert the case belongs to, set by an automation rule (until cases link to each other). */
    @Column(name = "alert_id")
    private Long alertId;

    @Version
    private long version;

    protected SupportCase() {}

    public SupportCase(
            String caseNumber,
            String trackingHash,
            String subject,
            Channel channel,
            String language,
            Customer customer,
            Product product,
            ConsumerDetails details,
            Instant createdAt) {
        this.caseNumber = caseNumber;
        this.trackingHash = trackingHash;
        this.subject = subject;
        this.channel = channel;
        this.language = language;
        this.customer = customer;
        this.product = product;
        this.contactName = details.name();
        this.contactEmail = details.email();
        this.contactPhone = details.phone();
        this.status = CaseStatus.NEW;
        this.priority = CasePriority.NORMAL;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        // Until the intake schedules it with the supervisors' targets: the default for a normal case.
        scheduleSla(SlaTargets.defaultFor(channel.wireName(), "normal"));
    }

    /**
     * Recomputes the stored SLA deadline and breach time from {@code target} (this case's channel and
     * priority). Every change of priority, status (resolution), first response or targets calls it.
     */
    public void scheduleSla(SlaTarget target) {
        scheduleSla(target, BusinessCalendar.ALWAYS);
    }

    /** As {@link #scheduleSla(SlaTarget)}, counting only the working time of {@code calendar}. */
    void scheduleSla(SlaTarget target, BusinessCalendar calendar) {
        this.slaDueAt = SlaSchedule.dueAt(target, calendar, createdAt, firstResponseAt, resolvedAt);
        this.slaBreachAt = SlaSchedule.breachAt(target, calendar, createdAt, firstResponseAt);
    }

    /**
     * Recomputes the stored SLA times with the target {@code targets} give this case's channel and priority,
     * on the calendar of its team (a change of team moves the deadlines too).
     */
    public void scheduleSla(SlaTargets.Lookup targets) {
        scheduleSla(
                targets.target(channel.wireName(), priority.name().toLowerCase(java.util.Locale.ROOT)),
                targets.calendar(team == null ? null : team.getId()));
    }

    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    public Instant getSlaBreachAt() {
        return slaBreachAt;
    }

    /** Records what the latest consumer message said, as tagged by the sentiment pipeline. */
    public void noteConsumerMessage(String sentimentLabel, boolean hazardSignalled, Instant at) {
        this.sentiment = sentimentLabel;
        this.hazard = this.hazard || hazardSignalled;
        if (hazardSignalled && priority.compareTo(CasePriority.HIGH) < 0) {
            priority = CasePriority.HIGH;
        }
        if (status == CaseStatus.PENDING || status == CaseStatus.RESOLVED) {
            status = CaseStatus.OPEN;
            resolvedAt = null;
        }
        this.updatedAt = at;
    }

    public void changeStatus(CaseStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
        if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
            this.resolvedAt = at;
        } else {
            this.resolvedAt = null;
        }
    }

    /** Records who made the latest change; every staff change goes through here, so the version moves. */
    public void changedBy(String staffMember, Instant at) {
        this.updatedBy = staffMember;
        this.updatedAt = at;
    }

    public void assignTo(UserAccount agent) {
        this.assignee = agent;
        if (agent != null && status == CaseStatus.NEW) {
            status = CaseStatus.OPEN;
        }
    }

    /** An agent answered the consumer: the first answer stops the first-response timer; the ball is now with the consumer. */
    public void noteAgentReply(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        if (status == CaseStatus.NEW || status == CaseStatus.OPEN) {
            status = CaseStatus.PENDING;
        }
    }

    /** Puts the case in a team's queue, unassigned within it; or back to the general queue when null. */
    public void assignToTeam(Team team) {
        this.team = team;
        this.assignee = null;
    }

    public Team getTeam() {
        return team;
    }

    public void linkAlert(long alertId) {
        this.alertId = alertId;
    }

    public Long getAlertId() {
        return alertId;
    }

    public void changePriority(CasePriority priority) {
        this.priority = priority;
    }

    public void replaceTags(Collection<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    /** The consumer closes the case; false when it already is closed. */
    public boolean closeByConsumer(Instant at) {
        if (status == CaseStatus.CLOSED) {
            return false;
        }
        changeStatus(CaseStatus.CLOSED, at);
        return true;
    }

    /** The consumer reopens a resolved or closed case; false when it is still open. */
    public boolean reopenByConsumer(Instant at) {
        if (status != CaseStatus.RESOLVED && status != CaseStatus.CLOSED) {
            return false;
        }
        changeStatus(CaseStatus.OPEN, at);
        return true;
    }

    /** Whether the consumer may rate the outcome now: resolved or closed, and not rated yet. */
    public boolean canBeRated() {
        return csatScore == null && (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED);
    }

    public boolean rate(int score, String comment, Instant at) {
        if (!canBeRated() || score < 1 || score > 5) {
            return false;
        }
        this.csatScore = score;
        this.csatComment = comment;
        this.csatAt = at;
        return true;
    }

    /** This duplicate now lives on in {@code survivor}: it is closed and points there. */
    void mergeInto(SupportCase survivor, Instant at) {
        this.mergedInto = survivor;
        changeStatus(CaseStatus.CLOSED, at);
    }

    /** The surviving case takes the duplicate's tags, hazard flag and, when it has none, its customer. */
    void absorb(SupportCase duplicate) {
        java.util.Set<String> union = new java.util.TreeSet<>(tags);
        union.addAll(duplicate.tags);
        replaceTags(union);
        this.hazard = this.hazard || duplicate.hazard;
        if (this.customer == null) {
            this.customer = duplicate.customer;
        }
    }

    public SupportCase getMergedInto() {
        return mergedInto;
    }

    /** Joins an anonymous case to the account of the consumer who proved they own its e-mail. */
    public void joinCustomer(Customer owner) {
        if (this.customer == null) {
            this.customer = owner;
        }
    }

    /** Keeps the case for the figures, without anything that could identify its consumer. */
    public void anonymise() {
        this.subject = "[erased]";
        this.contactName = null;
        this.contactEmail = null;
        this.contactPhone = null;
        this.csatComment = null;
    }

    public Integer getCsatScore() {
        return csatScore;
    }

    public String getCsatComment() {
        return csatComment;
    }

    public Instant getCsatAt() {
        return csatAt;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTrackingHash() {
        return trackingHash;
    }

    public String getSubject() {
        return subject;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Keeps what the consumer called the product when the catalogue does not know it. */
    public void productAsWritten(String text) {
        if (product == null && text != null && !text.isBlank()) {
            productText = text.trim().length() > 200 ? text.trim().substring(0, 200) : text.trim();
        }
    }

    /** The catalogue product's name, or the product as the consumer wrote it; null when neither. */
    public String productName() {
        return product != null ? product.getName() : productText;
    }

    public Product getProduct() {
        return product;
    }

    public ConsumerDetails getConsumerDetails() {
        return new ConsumerDetails(contactName, contactEmail, contactPhone);
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public String getSentiment() {
        return sentiment;
    }

    public boolean isHazard() {
        return hazard;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public long getVersion() {
        return version;
    }
}
