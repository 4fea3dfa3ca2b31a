package org.caredesk.domain.contact;

import org.caredesk.sentiment.Analysis;

/** Turns the pipeline's analysis into the tags stored with a contact. */
public final class ContactTagging {
    private static final int MAX_EVIDENCE = 1000;
    private static final int MAX_MATCHED_TEXT = 200;

    private ContactTagging() {}

    public static ContactTags toTags(Analysis analysis) {
        return new ContactTags(
                analysis.language(),
                analysis.sentiment().label().wireName(),
                analysis.sentiment().score(),
                clip(String.join(", ", analysis.sentiment().evidence()), MAX_EVIDENCE),
                analysis.tokenCount(),
                analysis.hazards().stream()
                        .map(h -> new HazardTag(
                                h.category().wireName(), clip(String.join(", ", h.evidence()), MAX_EVIDENCE)))
                        .toList(),
                analysis.products().stream()
                        .map(m -> new ProductMentionTag(m.code(), clip(m.matchedText(), MAX_MATCHED_TEXT)))
                        .toList());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
