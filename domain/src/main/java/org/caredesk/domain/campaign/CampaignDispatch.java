package org.caredesk.domain.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.segment.SegmentMember;
import org.caredesk.domain.segment.Segments;

/**
 * Sends due campaigns, a batch of members per transaction: each member gets the campaign only with
 * the marketing consent and the channel's consent in force now and under the monthly cap; every
 * member's outcome is written, so a restarted dispatch continues after the last one done (and the
 * unique (campaign, customer, channel) row makes a second send impossible). Run by one instance at a
 * time (the {@code campaign-sending} duty lease).
 */
@ApplicationScoped
public class CampaignDispatch {
    public static final String DUTY = "campaign-sending";
    static final int BATCH = 200;

    private final EntityManager em;
    private final Segments segments;
    private final ConsentCentre consents;
    private final Mailer mailer;
    private final CampaignTokens tokens;
    private final CampaignSettings settings;
    private final Clock clock;

    protected CampaignDispatch() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public CampaignDispatch(
            EntityManager em,
            Segments segments,
            ConsentCentre consents,
            Mailer mailer,
            CampaignTokens tokens,
            CampaignSettings settings,
            Clock clock) {
        this.em = em;
        this.segments = segments;
        this.consents = consents;
        this.mailer = mailer;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** The ids of campaigns whose time has come and which are not finished. */
    @Transactional
    public List<Long> due() {
        return em.createQuery(
                        "SELECT c.id FROM Campaign c WHERE c.status IN :open AND c.scheduledAt <= :now ORDER BY c.id",
                        Long.class)
                .setParameter("open", List.of(CampaignStatus.SCHEDULED, CampaignStatus.SENDING))
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** One batch of a due campaign in its own transaction; answers whether members remain. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendBatch(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || campaign.getStatus() == CampaignStatus.SENT) {
            return false;
        }
        Instant now = clock.instant();
        if (campaign.getStatus() == CampaignStatus.SCHEDULED) {
            campaign.start(now);
        }
        var segment = segments.find(campaign.getSegmentId()).orElseThrow();
        List<SegmentMember> members = segments.members(segment.criteria(), lastDone(campaignId), BATCH);
        CampaignMail mail = new CampaignMail(settings.portal());
        for (SegmentMember member : members) {
            send(campaign, member, mail, now);
        }
        if (members.size() < BATCH) {
            campaign.finish(now);
            return false;
        }
        return true;
    }

    private void send(Campaign campaign, SegmentMember member, CampaignMail mail, Instant now) {
        CampaignChannel channel = campaign.getChannel();
        String language = "it".equals(member.language()) ? "it" : "en";
        MessageOutcome outcome = outcome(channel, member, now);
        CampaignMessage message =
                new CampaignMessage(campaign.getId(), member.customerId(), channel, outcome, language, now);
        em.persist(message);
        em.flush();
        if (outcome == MessageOutcome.SENT) {
            String mailId = Campaigns.mailId(message.getId());
            long outbox = mailer.send(mail.write(
                    member.email(),
                    campaign.text(language),
                    member.firstName(),
                    tokens.sign(message.getId()),
                    mailId,
                    "it".equals(language)));
            message.mailed(outbox, mailId);
        }
    }

    /** Consent is read at sending time, never from the segment's criteria: a withdrawal counts at once. */
    MessageOutcome outcome(CampaignChannel channel, SegmentMember member, Instant now) {
        if (!channel.ready()) {
            return MessageOutcome.CHANNEL_NOT_READY;
        }
        Map<ConsentPurpose, Boolean> current = consents.current(member.customerId());
        if (!current.get(ConsentPurpose.MARKETING) || (channel.consent() != null && !current.get(channel.consent()))) {
            return MessageOutcome.NO_CONSENT;
        }
        if (member.email() == null || !member.email().contains("@")) {
            return MessageOutcome.NO_ADDRESS;
        }
        if (sentThisMonth(member.customerId(), now) >= settings.monthlyCap()) {
            return MessageOutcome.CAPPED;
        }
        return MessageOutcome.SENT;
    }

    /** Campaign messages sent to the person since the start of this calendar month (UTC). */
    long sentThisMonth(long customerId, Instant now) {
        Instant monthStart = now.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .withDayOfMonth(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return em.createQuery(
                        "SELECT COUNT(m) FROM CampaignMessage m WHERE m.customerId = :c AND m.outcome = :sent"
                                + " AND m.createdAt >= :from",
                        Long.class)
                .setParameter("c", customerId)
                .setParameter("sent", MessageOutcome.SENT)
                .setParameter("from", monthStart)
                .getSingleResult();
    }

    private long lastDone(long campaignId) {
        Long last = em.createQuery(
                        "SELECT MAX(m.customerId) FROM CampaignMessage m WHERE m.campaignId = :c AND m.customerId IS NOT NULL",
                        Long.class)
                .setParameter("c", campaignId)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
