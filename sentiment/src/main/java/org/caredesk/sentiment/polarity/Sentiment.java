package org.caredesk.sentiment.polarity;

import java.util.List;
import java.util.Objects;

/**
 * The polarity of a text.
 *
 * @param label      the most probable class
 * @param score      P(positive) - P(negative), in [-1, 1]; 0 when not assessed
 * @param confidence P(label) according to the model; 0 when the text was not assessed
 *                   (empty text or a language without a model)
 * @param evidence   the few words or word pairs that pushed the model towards {@code label} most
 */
public record Sentiment(SentimentLabel label, double score, double confidence, List<String> evidence) {

    private static final Sentiment NOT_ASSESSED = new Sentiment(SentimentLabel.NEUTRAL, 0.0, 0.0, List.of());

    public Sentiment {
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
    }

    /** Neutral with zero confidence: what texts without words or without a model get. */
    public static Sentiment notAssessed() {
        return NOT_ASSESSED;
    }
}
