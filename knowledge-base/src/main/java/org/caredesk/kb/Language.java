package org.caredesk.kb;

import java.util.Locale;
import java.util.Optional;

/** The languages the knowledge base analyses; each gets its own fields and analyzer. */
enum Language {
    EN("en"),
    IT("it");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Accepts "en", "IT", "it-IT", "en_GB"; anything else (including null) is empty. */
    static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
