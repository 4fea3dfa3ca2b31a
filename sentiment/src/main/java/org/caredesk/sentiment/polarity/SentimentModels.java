package org.caredesk.sentiment.polarity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Loads {@code sentiment-en.bin} and {@code sentiment-it.bin} from a folder, e.g. a model the
     * console retrained.
     *
     * @throws java.io.UncheckedIOException if a file is missing or not a sentiment model
     */
    public static SentimentModels loadFrom(Path directory) {
        Map<TextLanguage, SentimentClassifier> map = new EnumMap<>(TextLanguage.class);
        for (TextLanguage language : new TextLanguage[] {TextLanguage.EN, TextLanguage.IT}) {
            Path file = directory.resolve(SentimentModelFiles.fileName(language));
            try (InputStream in = Files.newInputStream(file)) {
                map.put(language, new SentimentClassifier(new DoccatModel(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load sentiment model " + file, e);
            }
        }
        return new SentimentModels(map);
    }

    /** The classifier for a language; empty for {@link TextLanguage#OTHER}. */
    public Optional<SentimentClassifier> forLanguage(TextLanguage language) {
        return Optional.ofNullable(classifiers.get(language));
    }
}
