package org.caredesk.sentiment.language;

import java.util.Locale;
import java.util.Optional;

/** The languages the pipeline has models for, and everything else. */
public enum TextLanguage {
    EN("en", "eng"),
    IT("it", "ita"),
    OTHER("other", "");

    private final String code;
    private final String iso639_3;

    TextLanguage(String code, String iso639_3) {
        this.code = code;
        this.iso639_3 = iso639_3;
    }

    /** The two-letter code used in {@code Analysis.language()}, or {@code "other"}. */
    public String code() {
        return code;
    }

    /** Maps an OpenNLP langdetect code (ISO 639-3) to a supported language, anything else to OTHER. */
    public static TextLanguage fromIso639_3(String iso) {
        for (TextLanguage language : values()) {
            if (language != OTHER && language.iso639_3.equals(iso)) {
                return language;
            }
        }
        return OTHER;
    }

    /** A caller's hint ("en", "it", "en-GB", "ita" ...) if it names a supported language. */
    public static Optional<TextLanguage> fromHint(String hint) {
        if (hint == null || hint.isBlank()) {
            return Optional.empty();
        }
        String h = hint.strip().toLowerCase(Locale.ROOT);
        for (TextLanguage language : values()) {
            if (language != OTHER
                    && (h.equals(language.iso639_3)
                            || h.equals(language.code)
                            || h.startsWith(language.code + "-")
                            || h.startsWith(language.code + "_"))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
