package org.caredesk.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A catalogue product named in a contact, and the text that named it. */
@Embeddable
public class ProductMentionTag {
    @Column(name = "product_code")
    private String productCode;

    @Column(name = "matched_text")
    private String matchedText;

    protected ProductMentionTag() {}

    public ProductMentionTag(String productCode, String matchedText) {
        this.productCode = productCode;
        this.matchedText = matchedText;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getMatchedText() {
        return matchedText;
    }
}
