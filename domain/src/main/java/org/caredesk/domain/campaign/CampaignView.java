package org.caredesk.domain.campaign;

import java.time.Instant;

/** A campaign as pages see it. */
public record CampaignView(
        long id,
        String name,
        CampaignKind kind,
        CampaignChannel channel,
        long segmentId,
        CampaignText english,
        CampaignText italian,
        CampaignStatus status,
        Instant scheduledAt,
        Instant startedAt,
        Instant finishedAt,
        String createdBy,
        Instant createdAt) {}
