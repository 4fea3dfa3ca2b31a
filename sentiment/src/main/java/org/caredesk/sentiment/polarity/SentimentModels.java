package org.caredesk.sentiment.polarity;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.text.BundledModels;

/** The trained sentiment classifiers by language, loaded once from the classpath. */
public final class SentimentModels {

    private final Map<TextLanguage, SentimentClassifier> classifiers;

    private SentimentModels(Map<TextLanguage, SentimentClassifier> classifiers) {
        this.classifiers = classifiers;
    }

    /** Loads {@code models/sentiment-en.bin} and {@code models/sentiment-it.bin}. */
    public static SentimentModels loadBundled() {
        Map<TextLanguage, SentimentClassifier> map = new EnumMap<>(TextLanguage.class);
        for (TextLanguage language : new TextLanguage[] {TextLanguage.EN, TextLanguage.IT}) {
            DoccatModel model = BundledModels.load(SentimentModelFiles.resource(language), DoccatModel::new);
            map.put(language, new SentimentClassifier(model));
        }
        return new SentimentModels(map);
    }

    /** The classifier for a language; empty for {@link TextLanguage#OTHER}. */
    public Optional<SentimentClassifier> forLanguage(TextLanguage language) {
        return Optional.ofNullable(classifiers.get(language));
    }
}
