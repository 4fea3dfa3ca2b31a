package org.caredesk.domain.alert;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.product.Product;

/**
 * An early warning: more negative, hazard-tagged contacts about one product than its own
 * baseline makes expected, with the contacts that support it.
 */
@Entity
@Table(name = "alert")
public class Alert {
    /** Enough contacts to judge a months-long episode by; the counts say how many there were. */
    static final int MAX_EVIDENCE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String hazard;

    @Enumerated(EnumType.STRING)
    private AlertStatus status;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Column(name = "window_start")
    private LocalDate windowStart;

    @Column(name = "window_end")
    private LocalDate windowEnd;

    private int observed;

    private double expected;

    @Column(name = "p_value")
    private double pValue;

    /** Which test found it: burst, rise or emerging-term. */
    private String kind = "burst";

    /** How many of the supporting contacts tell of fire, a crash, an injury or a death. */
    private int severe;

    /** Why it fired, in one sentence. */
    private String why;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @ElementCollection
    @CollectionTable(name = "alert_evidence", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "contact_id")
    private List<Long> evidence = new ArrayList<>();

    @Version
    private long version;

    protected Alert() {}

    public Alert(
            Product product,
            String hazard,
            Instant raisedAt,
            LocalDate windowStart,
            LocalDate windowEnd,
            int observed,
            double expected,
            double pValue,
            List<Long> evidence) {
        this.product = product;
        this.hazard = hazard;
        this.status = AlertStatus.RAISED;
        this.raisedAt = raisedAt;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.observed = observed;
        this.expected = expected;
        this.pValue = pValue;
        this.evidence.addAll(evidence);
    }

    /**
     * A supervisor's decision. Raised alerts can be acknowledged, escalated or dismissed;
     * acknowledged ones escalated or dismissed; escalated and dismissed ones are settled.
     *
     * @throws IllegalStateException when the alert's status does not allow {@code decision}
     */
    public void decide(AlertStatus decision, String note) {
        boolean allowed =
                switch (status) {
                    case RAISED -> decision != AlertStatus.RAISED;
                    case ACKNOWLEDGED -> decision == AlertStatus.ESCALATED || decision == AlertStatus.DISMISSED;
                    case ESCALATED, DISMISSED -> false;
                };
        if (!allowed) {
            throw new IllegalStateException("An alert that is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot become " + decision.name().toLowerCase(java.util.Locale.ROOT));
        }
        this.status = decision;
        this.resolutionNote = note;
    }

    /** Classifies the alert: which test found it, how severe, and why (in one sentence). */
    public void describe(String kind, int severe, String why) {
        this.kind = kind;
        this.severe = severe;
        this.why = why == null || why.length() <= 500 ? why : why.substring(0, 497) + "...";
    }

    /**
     * A running alert grew: its latest window, counts and supporting contacts. The window's start
     * stays, so the alert keeps its identity (product, hazard, window start).
     */
    public void grow(
            LocalDate latestWindowEnd,
            int observed,
            double expected,
            double pValue,
            List<Long> evidence,
            int severe,
            String why) {
        if (latestWindowEnd.isAfter(windowEnd)) {
            this.windowEnd = latestWindowEnd;
        }
        this.observed = Math.max(this.observed, observed);
        this.expected = expected;
        this.pValue = Math.min(this.pValue, pValue);
        for (Long id : evidence) {
            if (this.evidence.size() < MAX_EVIDENCE && !this.evidence.contains(id)) {
                this.evidence.add(id);
            }
        }
        describe(kind, Math.max(this.severe, severe), why);
    }

    public String getKind() {
        return kind;
    }

    public int getSevere() {
        return severe;
    }

    public String getWhy() {
        return why;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public String getHazard() {
        return hazard;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public int getObserved() {
        return observed;
    }

    public double getExpected() {
        return expected;
    }

    public double getPValue() {
        return pValue;
    }

    public List<Long> getEvidence() {
        return List.copyOf(evidence);
    }
}
