package org.caredesk.domain.campaign;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** A campaign: its texts in English and Italian, the segment it goes to, and where its sending is. */
@Entity
@Table(name = "campaign")
public class Campaign {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private CampaignKind kind;

    @Enumerated(EnumType.STRING)
    private CampaignChannel channel;

    @Column(name = "segment_id")
    private long segmentId;

    @Column(name = "subject_en")
    private String subjectEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "subject_it")
    private String subjectIt;

    @Column(name = "body_it")
    private String bodyIt;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {}

    Campaign(CampaignDraft draft, String createdBy, Instant createdAt) {
        this.name = draft.name().trim();
        this.kind = draft.kind();
        this.channel = draft.channel();
        this.segmentId = draft.segmentId();
        this.subjectEn = draft.english().subject().trim();
        this.bodyEn = draft.english().body();
        this.subjectIt = draft.italian().subject().trim();
        this.bodyIt = draft.italian().body();
        this.status = CampaignStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void schedule(Instant at) {
        status = CampaignStatus.SCHEDULED;
        scheduledAt = at;
    }

    void start(Instant at) {
        status = CampaignStatus.SENDING;
        startedAt = at;
    }

    void finish(Instant at) {
        status = CampaignStatus.SENT;
        finishedAt = at;
    }

    /** The text in the person's language: Italian for "it", English for everyone else. */
    CampaignText text(String language) {
        return "it".equals(language) ? new CampaignText(subjectIt, bodyIt) : new CampaignText(subjectEn, bodyEn);
    }

    public Long getId() {
        return id;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public long getSegmentId() {
        return segmentId;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    CampaignView view() {
        return new CampaignView(
                id,
                name,
                kind,
                channel,
                segmentId,
                text("en"),
                text("it"),
                status,
                scheduledAt,
                startedAt,
                finishedAt,
                createdBy,
                createdAt);
    }
}
