package org.caredesk.domain.campaign;

/** Draft until scheduled; sending while the dispatcher walks the segment; sent when every member is done. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    SENT
}
