package org.caredesk.domain.contact;

import java.util.List;

/** The tags the sentiment pipeline gives one contact, in the form they are stored. */
public record ContactTags(
        String language,
        String sentiment,
        double sentimentScore,
        String sentimentEvidence,
        int tokenCount,
        List<HazardTag> hazards,
        List<ProductMentionTag> productMentions) {

    public boolean hasHazard() {
        return !hazards.isEmpty();
    }
}
