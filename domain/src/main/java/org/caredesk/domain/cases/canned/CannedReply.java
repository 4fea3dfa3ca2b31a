package org.caredesk.domain.cases.canned;

import jakarta.persistence.*;
import org.caredesk.domain.platform.Ids;

/** A ready-made answer an agent inserts into a reply and adapts. */
@Entity
@Table(name = "canned_reply")
public class CannedReply {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String title;

    private String body;

    private String language;

    @Version
    private long version;

    protected CannedReply() {}

    public CannedReply(String title, String body, String language) {
        change(title, body, language);
    }

    public void change(String title, String body, String language) {
        this.title = title;
        this.body = body;
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }
}
