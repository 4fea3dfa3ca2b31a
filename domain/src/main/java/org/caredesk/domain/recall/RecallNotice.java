package org.caredesk.domain.recall;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.domain.alert.Alert;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.product.Product;

/** A recall notice for a product's units in a serial range, worded in one or more languages. */
@Entity
@Table(name = "recall_notice")
public class RecallNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "alert_id")
    private Alert alert;

    @Column(name = "serial_from")
    private String serialFrom;

    @Column(name = "serial_to")
    private String serialTo;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @ElementCollection
    @CollectionTable(name = "recall_notice_text", joinColumns = @JoinColumn(name = "notice_id"))
    private List<RecallText> texts = new ArrayList<>();

    @Version
    private long version;

    protected RecallNotice() {}

    public RecallNotice(
            Product product,
            Alert alert,
            SerialRange range,
            List<RecallText> texts,
            String issuedBy,
            Instant issuedAt) {
        this.product = product;
        this.alert = alert;
        this.serialFrom = range.from();
        this.serialTo = range.to();
        this.texts.addAll(texts);
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** The wording in {@code language}, else the first one written. */
    public RecallText textFor(String language) {
        return texts.stream()
                .filter(t -> t.getLanguage().equals(language))
                .findFirst()
                .orElse(texts.get(0));
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Alert getAlert() {
        return alert;
    }

    public SerialRange getRange() {
        return new SerialRange(serialFrom, serialTo);
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public List<RecallText> getTexts() {
        return List.copyOf(texts);
    }
}
