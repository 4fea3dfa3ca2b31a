package org.caredesk.sentiment;

import java.util.List;
import org.caredesk.sentiment.hazard.HazardDetector;
import org.caredesk.sentiment.language.LanguageIdentifier;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.PolarityFeatures;
import org.caredesk.sentiment.polarity.PolarityTokens;
import org.caredesk.sentiment.polarity.Sentiment;
import org.caredesk.sentiment.polarity.SentimentModels;
import org.caredesk.sentiment.product.ProductMention;
import org.caredesk.sentiment.text.BundledModels;
import org.caredesk.sentiment.text.Segmenter;
import org.caredesk.sentiment.text.TextSanitizer;

/**
 * Tags one consumer message: language, sentences, tokens, sentiment, hazards and products.
 * Models are loaded once by {@link #loadDefault()}; an instance is immutable and thread-safe, so
 * an application keeps one and shares it.
 */
public final class TextPipeline {

    private final LanguageIdentifier languages;
    private final Segmenter segmenter;
    private final PolarityFeatures polarityFeatures;
    private final SentimentModels sentimentModels;
    private final HazardDetector hazards;

    private TextPipeline(
            LanguageIdentifier languages,
            Segmenter segmenter,
            SentimentModels sentimentModels,
            HazardDetector hazards) {
        this.languages = languages;
        this.segmenter = segmenter;
        this.polarityFeatures = new PolarityFeatures(segmenter);
        this.sentimentModels = sentimentModels;
        this.hazards = hazards;
    }

    /**
     * Loads the bundled OpenNLP models (language, English tokens and sentences) and the sentiment
     * models trained by the build; takes about a second.
     *
     * @throws java.io.UncheckedIOException if a model is missing from the classpath or unreadable
     */
    public static TextPipeline loadDefault() {
        return new TextPipeline(
                new LanguageIdentifier(BundledModels.languageDetector(), TextLanguage.EN),
                new Segmenter(BundledModels.englishTokenizer(), BundledModels.englishSentences()),
                SentimentModels.loadBundled(),
                new HazardDetector());
    }

    /**
     * The same pipeline with other sentiment models (e.g. retrained from agents' corrections); the
     * language, token and hazard parts are shared, so switching costs only the models' load.
     */
    public TextPipeline withSentimentModels(SentimentModels models) {
        return new TextPipeline(languages, segmenter, models, hazards);
    }

    /**
     * Analyses any string without throwing: null or empty text gives an empty neutral analysis,
     * control characters are ignored and texts beyond {@link TextSanitizer#MAX_CHARS} characters
     * are analysed on their beginning.
     *
     * @param text         the consumer's message
     * @param languageHint the language the consumer chose, if any ("en", "it"); decides short texts
     * @param products     the catalogue matcher; {@link ProductMatcher#empty()} when there is none
     */
    public Analysis analyze(String text, String languageHint, ProductMatcher products) {
        String clean = TextSanitizer.sanitize(text);
        TextLanguage language = languages.identify(clean, languageHint);
        List<ProductMention> mentions = products == null ? List.of() : products.find(clean);
        int sentences = segmenter.sentenceCount(clean);
        PolarityTokens tokens = polarityFeatures.extract(clean, language);
        Sentiment sentiment = sentimentModels
                .forLanguage(language)
                .map(classifier -> classifier.classify(tokens))
                .orElse(Sentiment.notAssessed());
        return new Analysis(
                language.code(), sentences, tokens.tokenCount(), sentiment, hazards.detect(clean, language), mentions);
    }
}
