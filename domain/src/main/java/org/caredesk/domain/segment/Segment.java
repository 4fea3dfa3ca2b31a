package org.caredesk.domain.segment;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.caredesk.domain.platform.Ids;
import org.caredesk.domain.privacy.ConsentPurpose;

/** A saved target group: its name and criteria, one column per criterion (readable in SQL). */
@Entity
@Table(name = "segment")
public class Segment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String name;

    @Column(name = "product_ids")
    private String productIds;

    private String model;

    @Column(name = "serial_from")
    private String serialFrom;

    @Column(name = "serial_to")
    private String serialTo;

    @Column(name = "purchased_from")
    private LocalDate purchasedFrom;

    @Column(name = "purchased_to")
    private LocalDate purchasedTo;

    private String region;

    private String language;

    @Column(name = "min_complaints")
    private Integer minComplaints;

    @Column(name = "complaint_sentiment")
    private String complaintSentiment;

    @Column(name = "complaints_since")
    private LocalDate complaintsSince;

    @Column(name = "min_cases")
    private Integer minCases;

    @Column(name = "resolved_since")
    private LocalDate resolvedSince;

    @Column(name = "csat_min")
    private Integer csatMin;

    @Column(name = "csat_max")
    private Integer csatMax;

    private String consents;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Segment() {}

    Segment(String name, SegmentCriteria criteria, String createdBy, Instant createdAt) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(criteria);
    }

    void change(SegmentCriteria k) {
        productIds = k.productIds().isEmpty()
                ? null
                : k.productIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        model = k.model();
        serialFrom = k.serialFrom();
        serialTo = k.serialTo();
        purchasedFrom = k.purchasedFrom();
        purchasedTo = k.purchasedTo();
        region = k.region();
        language = k.language();
        minComplaints = k.minComplaints();
        complaintSentiment = k.complaintSentiment();
        complaintsSince = k.complaintsSince();
        minCases = k.minCases();
        resolvedSince = k.resolvedSince();
        csatMin = k.csatMin();
        csatMax = k.csatMax();
        consents = k.consents().isEmpty()
                ? null
                : k.consents().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public SegmentCriteria criteria() {
        Set<Long> products = productIds == null
                ? Set.of()
                : Arrays.stream(productIds.split(",")).map(Long::valueOf).collect(Collectors.toSet());
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        if (consents != null) {
            Arrays.stream(consents.split(",")).map(ConsentPurpose::valueOf).forEach(purposes::add);
        }
        return new SegmentCriteria(
                products,
                model,
                serialFrom,
                serialTo,
                purchasedFrom,
                purchasedTo,
                region,
                language,
                minComplaints,
                complaintSentiment,
                complaintsSince,
                minCases,
                resolvedSince,
                csatMin,
                csatMax,
                purposes);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    SegmentView view() {
        return new SegmentView(id, name, criteria(), createdBy, createdAt);
    }
}
