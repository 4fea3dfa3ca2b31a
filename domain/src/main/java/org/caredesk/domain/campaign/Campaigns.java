package org.caredesk.domain.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.segment.Segments;

/** Writing, test-sending and scheduling campaigns (the sending itself is {@link CampaignDispatch}). */
@ApplicationScoped
@Transactional
public class Campaigns {
    private final EntityManager em;
    private final Segments segments;
    private final Mailer mailer;
    private final CampaignTokens tokens;
    private final CampaignSettings settings;
    private final Clock clock;

    protected Campaigns() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public Campaigns(
            EntityManager em,
            Segments segments,
            Mailer mailer,
            CampaignTokens tokens,
            CampaignSettings settings,
            Clock clock) {
        this.em = em;
        this.segments = segments;
        this.mailer = mailer;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    public CampaignView create(CampaignDraft draft, String supervisor) {
        List<String> problems = new java.util.ArrayList<>(draft.problems());
        if (segments.find(draft.segmentId()).isEmpty()) {
            problems.add("campaign.error.segment");
        }
        if (!problems.isEmpty()) {
            throw new CampaignException(problems);
        }
        Campaign campaign = new Campaign(draft, supervisor, clock.instant());
        em.persist(campaign);
        em.flush();
        return campaign.view();
    }

    /**
     * Sends the campaign as it stands to the supervisor's own address, in the language asked, with
     * working links (counted apart: a test is never in the response figures).
     */
    public void testSend(long campaignId, String supervisorEmail, String language) {
        Campaign campaign = require(campaignId);
        CampaignMessage message = new CampaignMessage(
                campaignId, null, CampaignChannel.EMAIL, MessageOutcome.TEST, language, clock.instant());
        em.persist(message);
        em.flush();
        String mailId = mailId(message.getId());
        long outbox = mailer.send(new CampaignMail(settings.portal())
                .write(
                        supervisorEmail,
                        campaign.text(language),
                        null,
                        tokens.sign(message.getId()),
                        mailId,
                        "it".equals(language)));
        message.mailed(outbox, mailId);
    }

    /** Sends at {@code at} (now when null or past); only a draft or a scheduled campaign can be (re)scheduled. */
    public CampaignView schedule(long campaignId, Instant at) {
        Campaign campaign = require(campaignId);
        if (campaign.getStatus() != CampaignStatus.DRAFT && campaign.getStatus() != CampaignStatus.SCHEDULED) {
            throw new CampaignException("campaign.error.notDraft");
        }
        Instant now = clock.instant();
        campaign.schedule(at == null || at.isBefore(now) ? now : at);
        return campaign.view();
    }

    public Optional<CampaignView> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id)).map(Campaign::view);
    }

    public List<CampaignView> newest(int limit) {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.id DESC", Campaign.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(Campaign::view)
                .toList();
    }

    private Campaign require(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new CampaignException("campaign.error.missing");
        }
        return campaign;
    }

    /** A Message-ID a reply can name, unique and naming no person. */
    static String mailId(long messageId) {
        return "<campaign." + messageId + "." + UUID.randomUUID().toString().substring(0, 8) + "@caredesk>";
    }
}
