package org.caredesk.domain.campaign;

/** What a campaign is for; the two named kinds come with texts and a segment to start from. */
public enum CampaignKind {
    MESSAGE,
    SATISFACTION_SURVEY,
    SAFETY_ADVISORY
}
