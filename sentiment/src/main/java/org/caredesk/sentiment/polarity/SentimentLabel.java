package org.caredesk.sentiment.polarity;

import java.util.Locale;

/** The three polarity classes the trained models know; their wire names are the corpus labels. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The lower-case name used in JSON, in the corpus and as the model's outcome. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name (case-insensitive); throws IllegalArgumentException on anything else. */
    public static SentimentLabel fromWireName(String wireName) {
        for (SentimentLabel label : values()) {
            if (label.wireName().equalsIgnoreCase(wireName.strip())) {
                return label;
            }
        }
        throw new IllegalArgumentException("Unknown sentiment label: " + wireName);
    }
}
