package org.caredesk.domain.kb.feedback;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One "Was this helpful?" answer about one article from one browser session. */
@Entity
@Table(name = "kb_feedback")
public class ArticleVote {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    private boolean helpful;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "session_key")
    private String sessionKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "address_key")
    private String addressKey;

    protected ArticleVote() {}

    public ArticleVote(long articleId, boolean helpful, String comment, String sessionKey, Instant createdAt) {
        this(articleId, helpful, comment, sessionKey, null, createdAt);
    }

    public ArticleVote(
            long articleId, boolean helpful, String comment, String sessionKey, String addressKey, Instant createdAt) {
        this.addressKey = addressKey;
        this.articleId = articleId;
        this.helpful = helpful;
        this.comment = comment;
        this.sessionKey = sessionKey;
        this.createdAt = createdAt;
    }

    void addComment(String text) {
        this.comment = text;
    }

    public long getArticleId() {
        return articleId;
    }

    public boolean isHelpful() {
        return helpful;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
