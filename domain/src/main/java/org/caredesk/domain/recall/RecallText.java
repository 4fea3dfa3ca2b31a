package org.caredesk.domain.recall;

import jakarta.persistence.Embeddable;

/** A recall notice's wording in one language. */
@Embeddable
public class RecallText {
    private String language;
    private String title;
    private String body;
    private String remedy;

    protected RecallText() {}

    public RecallText(String language, String title, String body, String remedy) {
        this.language = language;
        this.title = title;
        this.body = body;
        this.remedy = remedy;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getRemedy() {
        return remedy;
    }
}
