package org.caredesk.domain.campaign;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One campaign message to one person (or a test send, without a person) and the response to it. */
@Entity
@Table(name = "campaign_message")
public class CampaignMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    private CampaignChannel channel;

    @Enumerated(EnumType.STRING)
    private MessageOutcome outcome;

    private String language;

    @Column(name = "outbox_id")
    private Long outboxId;

    /** The Message-ID of the mail, by which a reply names it. */
    @Column(name = "mail_id")
    private String mailId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "clicked_at")
    private Instant clickedAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "reply_contact_id")
    private Long replyContactId;

    protected CampaignMessage() {}

    CampaignMessage(
            long campaignId,
            Long customerId,
            CampaignChannel channel,
            MessageOutcome outcome,
            String language,
            Instant createdAt) {
        this.campaignId = campaignId;
        this.customerId = customerId;
        this.channel = channel;
        this.outcome = outcome;
        this.language = language;
        this.createdAt = createdAt;
    }

    void mailed(long outboxId, String mailId) {
        this.outboxId = outboxId;
        this.mailId = mailId;
    }

    /** The first open counts; a click or a reply proves an open the pixel missed (images off). */
    void opened(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    void clicked(Instant at) {
        opened(at);
        if (clickedAt == null) {
            clickedAt = at;
        }
    }

    void replied(Instant at, long contactId) {
        opened(at);
        if (repliedAt == null) {
            repliedAt = at;
            replyContactId = contactId;
        }
    }

    void unsubscribed(Instant at) {
        if (unsubscribedAt == null) {
            unsubscribedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public MessageOutcome getOutcome() {
        return outcome;
    }

    public String getLanguage() {
        return language;
    }

    public String getMailId() {
        return mailId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClickedAt() {
        return clickedAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public Long getReplyContactId() {
        return replyContactId;
    }
}
