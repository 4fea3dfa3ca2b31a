package org.caredesk.sentiment.polarity;

import org.caredesk.sentiment.language.TextLanguage;

/** Where the trained sentiment models live: the trainer writes there, the classifier reads there. */
public final class SentimentModelFiles {

    private SentimentModelFiles() {}

    /** File name of the model for a language, e.g. {@code sentiment-en.bin}. */
    public static String fileName(TextLanguage language) {
        if (language == TextLanguage.OTHER) {
            throw new IllegalArgumentException("No sentiment model for other languages");
        }
        return "sentiment-" + language.code() + ".bin";
    }

    /** Classpath resource of the model for a language, e.g. {@code models/sentiment-en.bin}. */
    public static String resource(TextLanguage language) {
        return "models/" + fileName(language);
    }
}
