package org.caredesk.domain.kb.usage;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One reading of a published article in the help centre (the page or the API). */
@Entity
@Table(name = "kb_article_view")
public class ArticleView {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    private Instant at;

    protected ArticleView() {}

    public ArticleView(long articleId, Instant at) {
        this.articleId = articleId;
        this.at = at;
    }
}
