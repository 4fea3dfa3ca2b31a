package org.caredesk.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A hazard category the pipeline found in a contact, with the words that produced it. */
@Embeddable
public class HazardTag {
    private String category;

    @Column(length = 1000)
    private String evidence;

    protected HazardTag() {}

    public HazardTag(String category, String evidence) {
        this.category = category;
        this.evidence = evidence;
    }

    public String getCategory() {
        return category;
    }

    public String getEvidence() {
        return evidence;
    }
}
