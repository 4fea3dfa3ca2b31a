package org.caredesk.sentiment.product;

import java.util.Objects;

/** A product found in a text: its catalogue code and the text exactly as the consumer wrote it. */
public record ProductMention(String code, String matchedText) {
    public ProductMention {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(matchedText, "matchedText");
    }
}
