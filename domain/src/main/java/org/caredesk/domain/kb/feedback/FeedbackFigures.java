package org.caredesk.domain.kb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The supervisor's figures: votes and deflection per article. */
@ApplicationScoped
@Transactional
public class FeedbackFigures {
    private static final int COMMENTS = 50;
    // Correlated counts keep it one portable statement; the knowledge base has hundreds of
    // articles, not millions, and each count is served by an index on article_id.
    private static final String FIGURES = """
            SELECT a.id, a.title, a.language, a.status,
              (SELECT COUNT(*) FROM kb_feedback f WHERE f.article_id = a.id AND f.helpful = TRUE),
              (SELECT COUNT(*) FROM kb_feedback f WHERE f.article_id = a.id AND f.helpful = FALSE),
              (SELECT COUNT(*) FROM kb_feedback f WHERE f.article_id = a.id AND f.comment_text IS NOT NULL),
              (SELECT COUNT(DISTINCT e.form_session) FROM kb_form_event e WHERE e.article_id = a.id AND e.kind = 'SHOWN'),
              (SELECT COUNT(DISTINCT e.form_session) FROM kb_form_event e WHERE e.article_id = a.id AND e.kind = 'OPENED'),
              (SELECT COUNT(DISTINCT e.form_session) FROM kb_form_event e WHERE e.article_id = a.id AND e.kind = 'OPENED'
                 AND NOT EXISTS (SELECT 1 FROM kb_form_event s WHERE s.form_session = e.form_session AND s.kind = 'SUBMITTED'))
            FROM article a ORDER BY a.title, a.id""";

    private final EntityManager entityManager;

    protected FeedbackFigures() {
        this(null);
    }

    @Inject
    public FeedbackFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every article, including unpublished ones, by title. */
    public List<ArticleFigure> perArticle() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(FIGURES).getResultList();
        return rows.stream()
                .map(r -> new ArticleFigure(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        n(r[4]),
                        n(r[5]),
                        n(r[6]),
                        n(r[7]),
                        n(r[8]),
                        n(r[9])))
                .toList();
    }

    /** The newest comments on one article. */
    public List<FeedbackComment> comments(long articleId) {
        return entityManager
                .createQuery(
                        "SELECT v FROM ArticleVote v WHERE v.articleId = :a AND v.comment IS NOT NULL"
                                + " ORDER BY v.createdAt DESC",
                        ArticleVote.class)
                .setParameter("a", articleId)
                .setMaxResults(COMMENTS)
                .getResultList()
                .stream()
                .map(v -> new FeedbackComment(v.isHelpful(), v.getComment(), v.getCreatedAt()))
                .toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
