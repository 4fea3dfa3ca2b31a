package org.caredesk.domain.kb.usage;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One help-centre search: the words (cut to 200 characters), the language asked for, how many articles it found. */
@Entity
@Table(name = "kb_search_log")
public class SearchLogEntry {
    static final int MAX_QUERY = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private Instant at;
    private String language;

    @Column(name = "query_text")
    private String queryText;

    private int hits;

    protected SearchLogEntry() {}

    public SearchLogEntry(Instant at, String language, String queryText, int hits) {
        this.at = at;
        this.language = language;
        String q = queryText.strip();
        this.queryText = q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
        this.hits = hits;
    }
}
