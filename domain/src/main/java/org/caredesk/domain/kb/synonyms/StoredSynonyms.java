package org.caredesk.domain.kb.synonyms;

import jakarta.persistence.*;
import java.time.Instant;

/** The one row holding the synonyms text (see {@link org.caredesk.kb.SynonymSet} for the format). */
@Entity
@Table(name = "kb_synonyms")
public class StoredSynonyms {
    static final int ROW = 1;

    @Id
    private int id;

    private String content;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected StoredSynonyms() {}

    StoredSynonyms(String content, Instant updatedAt, String updatedBy) {
        this.id = ROW;
        replace(content, updatedAt, updatedBy);
    }

    void replace(String content, Instant updatedAt, String updatedBy) {
        this.content = content;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
