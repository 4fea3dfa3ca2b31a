package org.caredesk.kb.similar;

import java.util.Objects;

/** What the similar-case index knows of one case: its number, language and words (subject and messages). */
public record CaseText(String caseNumber, String language, String text) {
    public CaseText {
        Objects.requireNonNull(caseNumber, "caseNumber");
        text = text == null ? "" : text;
        language = "it".equals(language) ? "it" : "en";
    }
}
