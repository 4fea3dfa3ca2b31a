package org.caredesk.console.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.segment.ProductChoice;
import org.caredesk.domain.segment.SegmentCriteria;
import org.caredesk.domain.segment.SegmentException;
import org.caredesk.domain.segment.SegmentView;
import org.caredesk.domain.segment.Segments;

/**
 * A supervisor builds a target group ({@code supervisor/segments.xhtml}): every change of a criterion
 * recounts the group (one query, over AJAX), and the criteria are saved under a name for campaigns.
 */
@Named
@ViewScoped
public class SegmentBuilder implements Serializable {
    private final transient Segments segments;

    private String name;
    private Long productId;
    private String model;
    private String serialFrom;
    private String serialTo;
    private LocalDate purchasedFrom;
    private LocalDate purchasedTo;
    private String region;
    private String language;
    private Integer minComplaints;
    private String complaintSentiment;
    private LocalDate complaintsSince;
    private Integer minCases;
    private LocalDate resolvedSince;
    private Integer csatMin;
    private Integer csatMax;
    private boolean marketing = true;
    private boolean byEmail = true;
    private Long size;
    private List<String> problems = List.of();

    protected SegmentBuilder() {
        this(null);
    }

    @Inject
    public SegmentBuilder(Segments segments) {
        this.segments = segments;
    }

    public void load() {
        if (size == null) {
            recount();
        }
    }

    /** Recounts the group as it stands (the AJAX listener of every criterion). */
    public void recount() {
        SegmentCriteria criteria = criteria();
        problems = criteria.problems();
        size = problems.isEmpty() ? segments.count(criteria) : null;
    }

    public void save() {
        try {
            SegmentView saved = segments.save(name, criteria(), PageMessages.user());
            PageMessages.info("segment.saved", saved.name());
            recount();
        } catch (SegmentException e) {
            e.problems().forEach(PageMessages::error);
        }
    }

    /** Puts a saved segment's criteria back in the form, to see it, change it or save it as another. */
    public void open(long id) {
        segments.find(id).ifPresent(s -> {
            SegmentCriteria k = s.criteria();
            name = s.name();
            productId =
                    k.productIds().isEmpty() ? null : k.productIds().iterator().next();
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
            marketing = k.consents().contains(ConsentPurpose.MARKETING);
            byEmail = k.consents().contains(ConsentPurpose.CONTACT_BY_EMAIL);
            recount();
        });
    }

    SegmentCriteria criteria() {
        Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
        if (marketing) {
            consents.add(ConsentPurpose.MARKETING);
        }
        if (byEmail) {
            consents.add(ConsentPurpose.CONTACT_BY_EMAIL);
        }
        return new SegmentCriteria(
                productId == null ? Set.of() : Set.of(productId),
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
                consents);
    }

    public List<SegmentView> getSaved() {
        return segments.all();
    }

    public List<ProductChoice> getProducts() {
        return segments.products();
    }

    public List<String> getRegions() {
        return segments.regions();
    }

    public Long getSize() {
        return size;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerialFrom() {
        return serialFrom;
    }

    public void setSerialFrom(String serialFrom) {
        this.serialFrom = serialFrom;
    }

    public String getSerialTo() {
        return serialTo;
    }

    public void setSerialTo(String serialTo) {
        this.serialTo = serialTo;
    }

    public LocalDate getPurchasedFrom() {
        return purchasedFrom;
    }

    public void setPurchasedFrom(LocalDate purchasedFrom) {
        this.purchasedFrom = purchasedFrom;
    }

    public LocalDate getPurchasedTo() {
        return purchasedTo;
    }

    public void setPurchasedTo(LocalDate purchasedTo) {
        this.purchasedTo = purchasedTo;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getMinComplaints() {
        return minComplaints;
    }

    public void setMinComplaints(Integer minComplaints) {
        this.minComplaints = minComplaints;
    }

    public String getComplaintSentiment() {
        return complaintSentiment;
    }

    public void setComplaintSentiment(String complaintSentiment) {
        this.complaintSentiment = complaintSentiment;
    }

    public LocalDate getComplaintsSince() {
        return complaintsSince;
    }

    public void setComplaintsSince(LocalDate complaintsSince) {
        this.complaintsSince = complaintsSince;
    }

    public Integer getMinCases() {
        return minCases;
    }

    public void setMinCases(Integer minCases) {
        this.minCases = minCases;
    }

    public LocalDate getResolvedSince() {
        return resolvedSince;
    }

    public void setResolvedSince(LocalDate resolvedSince) {
        this.resolvedSince = resolvedSince;
    }

    public Integer getCsatMin() {
        return csatMin;
    }

    public void setCsatMin(Integer csatMin) {
        this.csatMin = csatMin;
    }

    public Integer getCsatMax() {
        return csatMax;
    }

    public void setCsatMax(Integer csatMax) {
        this.csatMax = csatMax;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public void setMarketing(boolean marketing) {
        this.marketing = marketing;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }
}
