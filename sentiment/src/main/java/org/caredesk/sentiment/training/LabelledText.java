package org.caredesk.sentiment.training;

import java.util.Objects;
import org.caredesk.sentiment.polarity.SentimentLabel;

/** One corpus line: what a consumer wrote and the polarity a person gave it. */
public record LabelledText(SentimentLabel label, String text) {
    public LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
