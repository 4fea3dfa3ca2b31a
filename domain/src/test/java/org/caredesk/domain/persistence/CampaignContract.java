package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caredesk.domain.campaign.CampaignChannel;
import org.caredesk.domain.campaign.CampaignDispatch;
import org.caredesk.domain.campaign.CampaignDraft;
import org.caredesk.domain.campaign.CampaignException;
import org.caredesk.domain.campaign.CampaignKind;
import org.caredesk.domain.campaign.CampaignMessage;
import org.caredesk.domain.campaign.CampaignResponse;
import org.caredesk.domain.campaign.CampaignSettings;
import org.caredesk.domain.campaign.CampaignStatus;
import org.caredesk.domain.campaign.CampaignText;
import org.caredesk.domain.campaign.CampaignTokens;
import org.caredesk.domain.campaign.CampaignTracking;
import org.caredesk.domain.campaign.Campaigns;
import org.caredesk.domain.campaign.MessageOutcome;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.MailSettings;
import org.caredesk.domain.mail.Mailer;
import org.caredesk.domain.mail.OutboxMailView;
import org.caredesk.domain.mail.inbound.MailLanded;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.segment.SegmentCriteria;
import org.caredesk.domain.segment.Segments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Campaign sending and its response on every supported database: consent read at sending time, the
 * monthly cap, the person's language, the signed links (open, click only to the campaign's own
 * links, unsubscribe withdrawing the consent at once), replies.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CampaignContract extends DatabaseContract {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final int CAP = 2;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Segments segments;
    private ConsentCentre consents;
    private Campaigns campaigns;
    private CampaignDispatch dispatch;
    private CampaignTracking tracking;
    private CampaignResponse response;
    private MailOutbox outbox;

    @BeforeParameterizedClassInvocation
    void setUp() {
        var em = jpa.entityManager();
        outbox = new MailOutbox(em, clock);
        // Demo mode without SMTP: mails are held in the outbox, where the test reads them.
        Mailer mailer = new Mailer(
                outbox,
                MailSettings.from(key -> null),
                new CareDeskSettings(
                        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), null, null, null, true, 10),
                null);
        CampaignSettings settings = new CampaignSettings(key -> Map.of(
                        "CAREDESK_CAMPAIGN_MONTHLY_CAP",
                        String.valueOf(CAP),
                        "CAREDESK_PUBLIC_URL",
                        "https://care.example.com/")
                .get(key));
        segments = new Segments(em, clock);
        consents = new ConsentCentre(em, clock);
        CampaignTokens tokens = new CampaignTokens(em);
        campaigns = new Campaigns(em, segments, mailer, tokens, settings, clock);
        dispatch = new CampaignDispatch(em, segments, consents, mailer, tokens, settings, clock);
        tracking = new CampaignTracking(em, tokens, consents, clock);
        response = new CampaignResponse(em);
    }

    @Test
    void onlyPeopleWithBothConsentsInForceAndUnderTheCapGetTheCampaignInTheirLanguage() {
        String region = region();
        long reachable = customer(region, "it", true, true);
        long noMarketing = customer(region, "en", false, true);
        long noEmail = customer(region, "en", true, false);
        long capped = customer(region, "en", true, true);
        long withdrawnSinceSaved = customer(region, "en", true, true);
        // The segment asks for nothing about consent: the dispatch checks it for each person anyway.
        long segment = segment(region, EnumSet.noneOf(ConsentPurpose.class));
        // Campaign messages sent earlier this month bring one person to the cap.
        for (int i = 0; i < CAP; i++) {
            long other = campaign(segment(region, EnumSet.noneOf(ConsentPurpose.class)), "Cap filler " + i);
            jpa.inTransaction(em -> {
                em.createNativeQuery("INSERT INTO campaign_message (id, campaign_id, customer_id, channel, outcome,"
                                + " language, created_at) VALUES (?1, ?2, ?3, 'EMAIL', 'SENT', 'en', ?4)")
                        .setParameter(1, 9_000_000L + other)
                        .setParameter(2, other)
                        .setParameter(3, capped)
                        .setParameter(4, NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC))
                        .executeUpdate();
                return null;
            });
        }
        jpa.inTransaction(em -> consents.decide(withdrawnSinceSaved, ConsentPurpose.MARKETING, false, "test"));

        long campaign = sent(campaign(segment, "Winter news"));

        assertEquals(MessageOutcome.SENT, outcome(campaign, reachable));
        assertEquals(MessageOutcome.NO_CONSENT, outcome(campaign, noMarketing));
        assertEquals(MessageOutcome.NO_CONSENT, outcome(campaign, noEmail));
        assertEquals(MessageOutcome.CAPPED, outcome(campaign, capped));
        assertEquals(MessageOutcome.NO_CONSENT, outcome(campaign, withdrawnSinceSaved));
        List<OutboxMailView> mails = jpa.inTransaction(em -> outbox.to(email(reachable), 10));
        assertEquals(1, mails.size());
        assertEquals("Novità d'inverno", mails.get(0).subject());
        assertTrue(mails.get(0).text().startsWith("Ciao Test,"), mails.get(0).text());
        for (long nobody : List.of(noMarketing, noEmail, capped, withdrawnSinceSaved)) {
            assertEquals(List.of(), jpa.inTransaction(em -> outbox.to(email(nobody), 10)));
        }
        var figures = jpa.inTransaction(em -> response.of(campaign));
        assertEquals(1L, figures.outcomes().get(MessageOutcome.SENT));
        assertEquals(3L, figures.outcomes().get(MessageOutcome.NO_CONSENT));
        assertEquals(1L, figures.outcomes().get(MessageOutcome.CAPPED));
    }

    @Test
    void theUnsubscribeLinkWithdrawsTheMarketingConsentAtOnceAndOnlyWithItsOwnSignature() {
        String region = region();
        long person = customer(region, "en", true, true);
        long bystander = customer(region, "en", true, true);
        long campaign = sent(campaign(segment(region, EnumSet.of(ConsentPurpose.MARKETING)), "Spring news"));
        String token = token(campaign, person);
        String[] forged = {
            token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"),
            message(campaign, bystander).getId() + token.substring(token.indexOf('.')),
            "",
            "not-a-token",
            "12.@@@"
        };
        for (String bad : forged) {
            assertEquals(CampaignTracking.Unsubscribe.UNKNOWN_LINK, jpa.inTransaction(em -> tracking.unsubscribe(bad)));
        }
        assertTrue(consents.current(bystander).get(ConsentPurpose.MARKETING));
        assertTrue(consents.current(person).get(ConsentPurpose.MARKETING));

        assertEquals(CampaignTracking.Unsubscribe.WITHDRAWN, jpa.inTransaction(em -> tracking.unsubscribe(token)));

        assertFalse(consents.current(person).get(ConsentPurpose.MARKETING));
        assertTrue(consents.current(person).get(ConsentPurpose.CONTACT_BY_EMAIL), "only marketing is withdrawn");
        assertTrue(consents.current(bystander).get(ConsentPurpose.MARKETING));
        assertEquals("unsubscribe link", consents.history(person).get(0).source());
        long next = sent(campaign(segment(region, EnumSet.noneOf(ConsentPurpose.class)), "Summer news"));
        assertEquals(MessageOutcome.NO_CONSENT, outcome(next, person));
        assertEquals(MessageOutcome.SENT, outcome(next, bystander));
    }

    @Test
    void clicksLeadOnlyToTheCampaignsOwnLinksAndOpensAndRepliesAreCounted() {
        String region = region();
        long person = customer(region, "en", true, true);
        long campaign = sent(campaign(segment(region, EnumSet.noneOf(ConsentPurpose.class)), "Autumn news"));
        String token = token(campaign, person);
        OutboxMailView mail =
                jpa.inTransaction(em -> outbox.to(email(person), 1)).get(0);
        assertTrue(mail.text().contains("https://care.example.com/api/v1/campaign-mail/" + token + "/click/0"));
        assertTrue(mail.text().contains("https://care.example.com/unsubscribe.xhtml?t=" + token));
        assertFalse(mail.text().contains("https://shop.example.com"), "links go through the counter");
        Object[] extras = jpa.inTransaction(em ->
                (Object[]) em.createNativeQuery("SELECT list_unsubscribe, html_body FROM outbox_mail WHERE id = ?1")
                        .setParameter(1, mail.id())
                        .getSingleResult());
        assertEquals("https://care.example.com/api/v1/campaign-mail/" + token + "/unsubscribe", extras[0]);
        assertTrue(
                ((String) extras[1])
                        .contains("<img src=\"https://care.example.com/api/v1/campaign-mail/" + token + "/open\""),
                (String) extras[1]);

        assertEquals(
                java.util.Optional.of("https://shop.example.com/winter?x=1"),
                jpa.inTransaction(em -> tracking.clicked(token, 0)));
        assertEquals(
                java.util.Optional.of("https://help.example.com/kb"),
                jpa.inTransaction(em -> tracking.clicked(token, 1)));
        assertEquals(java.util.Optional.empty(), jpa.inTransaction(em -> tracking.clicked(token, 2)));
        assertEquals(java.util.Optional.empty(), jpa.inTransaction(em -> tracking.clicked(token, -1)));
        assertEquals(java.util.Optional.empty(), jpa.inTransaction(em -> tracking.clicked(token + "x", 0)));
        assertTrue((boolean) jpa.inTransaction(em -> tracking.opened(token)));
        assertFalse((boolean) jpa.inTransaction(em -> tracking.opened("1." + token.substring(token.indexOf('.') + 1))));

        String mailId = message(campaign, person).getMailId();
        jpa.inTransaction(em -> {
            tracking.replied(new MailLanded(4242L, "stranger@example.com", List.of(mailId)));
            return null;
        });
        assertNull(message(campaign, person).getRepliedAt(), "only the person's own address counts");
        jpa.inTransaction(em -> {
            tracking.replied(new MailLanded(4243L, email(person).toUpperCase(), List.of("<other@x>", mailId)));
            return null;
        });
        CampaignMessage replied = message(campaign, person);
        assertEquals(NOW, replied.getRepliedAt());
        assertEquals(4243L, replied.getReplyContactId());
        var figures = jpa.inTransaction(em -> response.of(campaign));
        assertEquals(1, figures.opened());
        assertEquals(1, figures.clicked());
        assertEquals(1, figures.replied());
        assertEquals(
                List.of(new CampaignResponse.Day(NOW.atZone(ZoneOffset.UTC).toLocalDate(), 1, 1, 1, 1, 0)),
                figures.days());
    }

    @Test
    void aTestSendGoesToTheSupervisorOnlyAndIsNotInTheFigures() {
        String region = region();
        long person = customer(region, "en", true, true);
        long campaign = campaign(segment(region, EnumSet.noneOf(ConsentPurpose.class)), "Test only");
        jpa.inTransaction(em -> {
            campaigns.testSend(campaign, "boss@example.com", "it");
            return null;
        });
        List<OutboxMailView> mails = jpa.inTransaction(em -> outbox.to("boss@example.com", 5));
        assertEquals("Novità d'inverno", mails.get(0).subject());
        assertEquals(List.of(), jpa.inTransaction(em -> outbox.to(email(person), 5)));
        assertEquals(
                0L, jpa.inTransaction(em -> response.of(campaign)).outcomes().get(MessageOutcome.SENT));
        assertEquals(CampaignStatus.DRAFT, status(campaign));
    }

    @Test
    void aCampaignWithoutTextsOrOnAChannelWithoutSenderIsRefused() {
        long segment = segment(region(), EnumSet.noneOf(ConsentPurpose.class));
        CampaignException refused = assertThrows(
                CampaignException.class,
                () -> jpa.inTransaction(em -> campaigns.create(
                        new CampaignDraft(
                                "SMS",
                                CampaignKind.MESSAGE,
                                CampaignChannel.SMS,
                                segment,
                                new CampaignText("s", "b"),
                                new CampaignText("", "b")),
                        "sup@example.com")));
        assertEquals(List.of("campaign.error.channel", "campaign.error.text"), refused.problems());
    }

    private long campaign(long segment, String name) {
        CampaignDraft draft = new CampaignDraft(
                name,
                CampaignKind.MESSAGE,
                CampaignChannel.EMAIL,
                segment,
                new CampaignText(
                        "Winter news",
                        "Hello {firstName},\nSee https://shop.example.com/winter?x=1 and"
                                + " (https://help.example.com/kb)."),
                new CampaignText("Novità d'inverno", "Ciao {firstName},\nVedi https://shop.example.com/winter?x=1."));
        return jpa.inTransaction(em -> campaigns.create(draft, "sup@example.com"))
                .id();
    }

    /** Schedules now and runs the dispatch to the end, as the duty holder would. */
    private long sent(long campaign) {
        jpa.inTransaction(em -> campaigns.schedule(campaign, null));
        assertTrue(jpa.inTransaction(em -> dispatch.due()).contains(campaign));
        while (jpa.inTransaction(em -> dispatch.sendBatch(campaign))) {
            // next batch
        }
        return campaign;
    }

    private long segment(String region, EnumSet<ConsentPurpose> purposes) {
        SegmentCriteria criteria = new SegmentCriteria(
                null, null, null, null, null, null, region, null, null, null, null, null, null, null, null, purposes);
        return jpa.inTransaction(em -> segments.save("Region " + region + " " + UUID.randomUUID(), criteria, "sup"))
                .id();
    }

    private static String region() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long customer(String region, String language, boolean marketing, boolean email) {
        long id = jpa.inTransaction(em -> {
            Customer c =
                    new Customer("Test", "Person", "camp." + UUID.randomUUID() + "@example.com", null, language, NOW);
            c.changeRegion(region);
            em.persist(c);
            return c.getId();
        });
        jpa.inTransaction(em -> {
            consents.decide(id, ConsentPurpose.MARKETING, marketing, "test");
            consents.decide(id, ConsentPurpose.CONTACT_BY_EMAIL, email, "test");
            return null;
        });
        return id;
    }

    /** Read outside a transaction, so it can be called inside one of the test's. */
    private String email(long customer) {
        return jpa.entityManager().find(Customer.class, customer).getEmail();
    }

    private CampaignMessage message(long campaign, long customer) {
        return jpa.inTransaction(em -> em.createQuery(
                        "SELECT m FROM CampaignMessage m WHERE m.campaignId = :c AND m.customerId = :p",
                        CampaignMessage.class)
                .setParameter("c", campaign)
                .setParameter("p", customer)
                .getSingleResult());
    }

    private MessageOutcome outcome(long campaign, long customer) {
        return message(campaign, customer).getOutcome();
    }

    private String token(long campaign, long customer) {
        long id = message(campaign, customer).getId();
        return jpa.inTransaction(em -> new CampaignTokens(em).sign(id));
    }

    private CampaignStatus status(long campaign) {
        return jpa.inTransaction(em -> campaigns.find(campaign).orElseThrow().status());
    }
}
