package org.caredesk.domain.correction;

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
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.platform.Ids;

/** One agent's correction of one contact's tags; a fact, never changed. */
@Entity
@Table(name = "tag_correction")
public class TagCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    private CorrectionKind kind;

    @Column(name = "tag_value")
    private String value;

    @Column(name = "previous_value")
    private String previousValue;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    protected TagCorrection() {}

    public TagCorrection(
            Contact contact,
            CorrectionKind kind,
            String value,
            String previousValue,
            String correctedBy,
            Instant correctedAt) {
        this.contact = contact;
        this.kind = kind;
        this.value = value;
        this.previousValue = previousValue;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    public Long getId() {
        return id;
    }

    public Contact getContact() {
        return contact;
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public String getPreviousValue() {
        return previousValue;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
