package org.caredesk.domain.alert;

import jakarta.persistence.*;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.product.Product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An early warning: more negative, hazard-tagged contacts about one product than its own
 * baseline makes expected, with the contacts that support it.
 */
@Entity
@Table(name = "alert")
public class Alert {

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

    @Column(name = "resolution_note")
    private String resolutionNote;

    @ElementCollection
    @CollectionTable(name = "alert_evidence", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "contact_id")
    private List<Long> evidence = new ArrayList<>();

    @Version
    private long version;

    protected Alert() {
    }

    public Alert(Product product, String hazard, Instant raisedAt, LocalDate windowStart, LocalDate windowEnd,
                 int observed, double expected, double pValue, List<Long> evidence) {
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
        boolean allowed = switch (status) {
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
