package org.caredesk.console.campaign;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.campaign.CampaignChannel;
import org.caredesk.domain.campaign.CampaignDraft;
import org.caredesk.domain.campaign.CampaignException;
import org.caredesk.domain.campaign.CampaignKind;
import org.caredesk.domain.campaign.CampaignTemplates;
import org.caredesk.domain.campaign.CampaignText;
import org.caredesk.domain.campaign.CampaignView;
import org.caredesk.domain.campaign.Campaigns;
import org.caredesk.domain.segment.ProductChoice;
import org.caredesk.domain.segment.SegmentView;
import org.caredesk.domain.segment.Segments;

/**
 * The campaigns ({@code supervisor/campaigns.xhtml}): the list, and a new campaign written in English
 * and Italian for a saved segment. Choosing a survey or a safety advisory fills in its texts and
 * saves its segment (people with a case resolved in the last 30 days; the owners of a product).
 */
@Named
@ViewScoped
public class CampaignDesk implements Serializable {
    private final transient Campaigns campaigns;
    private final transient Segments segments;
    private final transient Clock clock;

    private String name;
    private CampaignKind kind = CampaignKind.MESSAGE;
    private Long segmentId;
    private Long advisoryProduct;
    private final Wording english = new Wording();
    private final Wording italian = new Wording();

    protected CampaignDesk() {
        this(null, null, null);
    }

    @Inject
    public CampaignDesk(Campaigns campaigns, Segments segments, Clock clock) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.clock = clock;
    }

    /** The kind's texts, and for a survey its segment. */
    public void kindChosen() {
        CampaignTemplates.Template template = CampaignTemplates.template(kind);
        english.fill(template.english());
        italian.fill(template.italian());
        if (kind == CampaignKind.SATISFACTION_SURVEY) {
            segmentId = segments.save(
                            PageMessages.text("campaign.segment.surveyed"),
                            CampaignTemplates.surveyed(LocalDate.now(clock)),
                            PageMessages.user())
                    .id();
        }
    }

    /** The owners of the advisory's product become its segment. */
    public void productChosen() {
        if (advisoryProduct == null) {
            return;
        }
        String product = segments.products().stream()
                .filter(p -> p.id() == advisoryProduct)
                .map(ProductChoice::name)
                .findFirst()
                .orElse("#" + advisoryProduct);
        segmentId = segments.save(
                        PageMessages.text("campaign.segment.owners", product),
                        CampaignTemplates.owners(advisoryProduct),
                        PageMessages.user())
                .id();
    }

    public void create() throws IOException {
        if (segmentId == null) {
            PageMessages.error("campaign.error.segment");
            return;
        }
        try {
            CampaignView created = campaigns.create(
                    new CampaignDraft(name, kind, CampaignChannel.EMAIL, segmentId, english.text(), italian.text()),
                    PageMessages.user());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.info("campaign.created", created.name());
            external.redirect(external.getRequestContextPath() + "/supervisor/campaign.xhtml?id=" + created.id());
        } catch (CampaignException e) {
            e.problems().forEach(PageMessages::error);
        }
    }

    public List<CampaignView> getCampaigns() {
        return campaigns.newest(100);
    }

    public List<SegmentView> getSegments() {
        return segments.all();
    }

    public List<ProductChoice> getProducts() {
        return segments.products();
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public Long getAdvisoryProduct() {
        return advisoryProduct;
    }

    public void setAdvisoryProduct(Long advisoryProduct) {
        this.advisoryProduct = advisoryProduct;
    }

    public Wording getEnglish() {
        return english;
    }

    public Wording getItalian() {
        return italian;
    }

    /** A subject and body being written. */
    public static final class Wording implements Serializable {
        private String subject;
        private String body;

        void fill(CampaignText text) {
            subject = text.subject();
            body = text.body();
        }

        CampaignText text() {
            return new CampaignText(subject, body);
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }
}
