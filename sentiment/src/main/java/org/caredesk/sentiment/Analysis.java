package org.caredesk.sentiment;

import java.util.List;
import java.util.Objects;
import org.caredesk.sentiment.hazard.HazardSignal;
import org.caredesk.sentiment.polarity.Sentiment;
import org.caredesk.sentiment.product.ProductMention;

/**
 * Everything the pipeline learns about one text.
 *
 * @param language      {@code "en"}, {@code "it"} or {@code "other"}
 * @param sentenceCount sentences in the analysed text
 * @param tokenCount    tokens in the analysed text
 * @param sentiment     polarity; neutral and not assessed for {@code "other"}
 * @param hazards       one signal per hazard category found, in category order
 * @param products      catalogue products mentioned, in order of first mention, one per code
 */
public record Analysis(
        String language,
        int sentenceCount,
        int tokenCount,
        Sentiment sentiment,
        List<HazardSignal> hazards,
        List<ProductMention> products) {
    public Analysis {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentiment, "sentiment");
        hazards = List.copyOf(hazards);
        products = List.copyOf(products);
    }
}
