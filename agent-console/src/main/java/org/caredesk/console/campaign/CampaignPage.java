package org.caredesk.console.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.caredesk.console.charts.ChartConfig;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.campaign.CampaignException;
import org.caredesk.domain.campaign.CampaignResponse;
import org.caredesk.domain.campaign.CampaignStatus;
import org.caredesk.domain.campaign.CampaignView;
import org.caredesk.domain.campaign.Campaigns;
import org.caredesk.domain.campaign.MessageOutcome;
import org.caredesk.domain.segment.Segments;
import org.caredesk.web.PathIds;

/**
 * One campaign ({@code supervisor/campaign.xhtml?id=N}): its texts, a test send to the supervisor's own
 * address, scheduling, and the response (outcomes, and opens, clicks and replies per day as a chart).
 */
@Named
@ViewScoped
public class CampaignPage implements Serializable {
    private final transient Campaigns campaigns;
    private final transient CampaignResponse response;
    private final transient Segments segments;

    private String id;
    private CampaignView campaign;
    private CampaignResponse.Figures figures;
    private String testLanguage = "en";
    private LocalDateTime sendAt;

    protected CampaignPage() {
        this(null, null, null);
    }

    @Inject
    public CampaignPage(Campaigns campaigns, CampaignResponse response, Segments segments) {
        this.campaigns = campaigns;
        this.response = response;
        this.segments = segments;
    }

    public void load() {
        campaign = PathIds.parse(id).flatMap(campaigns::find).orElse(null);
        if (campaign != null) {
            figures = response.of(campaign.id());
        }
    }

    /** To the signed-in supervisor's own address (their login), never to the segment. */
    public void testSend() {
        campaigns.testSend(campaign.id(), PageMessages.user(), testLanguage);
        PageMessages.info("campaign.testSent", PageMessages.user());
    }

    /** At the chosen time in the supervisor's time zone (UTC when the browser's is unknown), or now. */
    public void schedule() {
        try {
            campaign = campaigns.schedule(
                    campaign.id(),
                    sendAt == null ? null : sendAt.atZone(ZoneId.of("UTC")).toInstant());
            PageMessages.info("campaign.scheduled");
        } catch (CampaignException e) {
            e.problems().forEach(PageMessages::error);
        }
    }

    public void refresh() {
        load();
    }

    public String getSegmentName() {
        return segments.find(campaign.segmentId()).map(s -> s.name()).orElse("—");
    }

    public boolean isSchedulable() {
        return campaign.status() == CampaignStatus.DRAFT || campaign.status() == CampaignStatus.SCHEDULED;
    }

    public long outcome(String name) {
        return figures.outcomes().get(MessageOutcome.valueOf(name));
    }

    public String getResponseChart() {
        List<CampaignResponse.Day> days = figures.days();
        return ChartConfig.of("line")
                .labels(days.stream().map(d -> d.day().toString()).toList())
                .line(
                        PageMessages.text("campaign.sent"),
                        days.stream().map(CampaignResponse.Day::sent).toList(),
                        "#1d4ed8",
                        true)
                .line(
                        PageMessages.text("campaign.opened"),
                        days.stream().map(CampaignResponse.Day::opened).toList(),
                        "#047857",
                        false)
                .line(
                        PageMessages.text("campaign.clicked"),
                        days.stream().map(CampaignResponse.Day::clicked).toList(),
                        "#b45309",
                        false)
                .line(
                        PageMessages.text("campaign.replied"),
                        days.stream().map(CampaignResponse.Day::replied).toList(),
                        "#7e22ce",
                        false)
                .line(
                        PageMessages.text("campaign.unsubscribed"),
                        days.stream().map(CampaignResponse.Day::unsubscribed).toList(),
                        "#b91c1c",
                        false)
                .json();
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public CampaignResponse.Figures getFigures() {
        return figures;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(String testLanguage) {
        this.testLanguage = "it".equals(testLanguage) ? "it" : "en";
    }

    public LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }
}
