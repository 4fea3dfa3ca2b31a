package org.caredesk.domain.campaign;

import java.util.ArrayList;
import java.util.List;

/** What a supervisor writes: the campaign before it is saved. */
public record CampaignDraft(
        String name,
        CampaignKind kind,
        CampaignChannel channel,
        long segmentId,
        CampaignText english,
        CampaignText italian) {
    static final int MAX_NAME = 120;
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 8000;

    /** Message keys of what is wrong. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            problems.add("campaign.error.name");
        }
        if (kind == null || channel == null) {
            problems.add("campaign.error.kind");
        } else if (!channel.ready()) {
            problems.add("campaign.error.channel");
        }
        for (CampaignText text : new CampaignText[] {english, italian}) {
            if (text == null
                    || text.subject().isBlank()
                    || text.subject().length() > MAX_SUBJECT
                    || text.body().isBlank()
                    || text.body().length() > MAX_BODY) {
                problems.add("campaign.error.text");
                break;
            }
        }
        return problems;
    }
}
