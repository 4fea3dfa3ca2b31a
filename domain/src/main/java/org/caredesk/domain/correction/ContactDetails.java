package org.caredesk.domain.correction;

import java.time.Instant;
import java.util.List;

/**
 * One contact with its tags and their evidence, and the corrections agents made to them.
 *
 * @param caseNumber the case the contact belongs to, if any
 * @param component  the part or system an imported complaint was filed under, null when none
 * @param modelYear  the product's model year of an imported complaint, null when not given
 */
public record ContactDetails(
        long id,
        String caseNumber,
        String channel,
        String author,
        Instant receivedAt,
        String text,
        String language,
        String sentiment,
        Double sentimentScore,
        String sentimentEvidence,
        List<HazardView> hazards,
        List<String> products,
        List<CorrectionView> corrections,
        String component,
        Integer modelYear) {

    /** A hazard tag and the words that produced it ("corrected by ..." when an agent added it). */
    public record HazardView(String category, String evidence) {}
}
