package org.caredesk.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;

/**
 * Writes help articles. Every body is cleaned to the article format ({@link ArticleHtml}) here, so
 * no write path (console editor, REST API, demo data, imports) can store script. Every change goes on
 * the feed in the same transaction, and every application's index picks it up from there within a
 * poll interval.
 */
@ApplicationScoped
@Transactional
public class ArticleEditor {
    private static final int MAX_SLUG = 80;

    private final EntityManager entityManager;
    private final FeedPublisher feed;
    private final Clock clock;

    protected ArticleEditor() {
        this(null, null, null);
    }

    @Inject
    public ArticleEditor(EntityManager entityManager, FeedPublisher feed, Clock clock) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.clock = clock;
    }

    /** Publishes a new article and returns its id. */
    public long create(ArticleDraft draft) {
        Instant now = clock.instant();
        Article article = new Article(
                uniqueSlug(draft.title(), draft.language()),
                draft.language(),
                draft.title().trim(),
                ArticleHtml.clean(draft.body()),
                blankToNull(draft.category()),
                draft.tagList(),
                draft.productList(),
                now);
        entityManager.persist(article);
        entityManager.flush();
        feed.publish(FeedEventTypes.KB_ARTICLE_CHANGED, new ArticleChange(article.getId()));
        return article.getId();
    }

    /** Replaces an article's content; empty when there is no such article. */
    public Optional<Long> update(long id, ArticleDraft draft) {
        Article article = entityManager.find(Article.class, id);
        if (article == null) {
            return Optional.empty();
        }
        article.revise(
                draft.title().trim(),
                ArticleHtml.clean(draft.body()),
                blankToNull(draft.category()),
                draft.tagList(),
                draft.productList(),
                clock.instant());
        feed.publish(FeedEventTypes.KB_ARTICLE_CHANGED, new ArticleChange(id));
        return Optional.of(id);
    }

    /** Takes an article off the portal and out of search; false when there is no such article. */
    public boolean unpublish(long id) {
        Article article = entityManager.find(Article.class, id);
        if (article == null) {
            return false;
        }
        article.unpublish(clock.instant());
        feed.publish(FeedEventTypes.KB_ARTICLE_CHANGED, new ArticleChange(id));
        return true;
    }

    /** Puts an unpublished article back into search; false when there is no such article. */
    public boolean republish(long id) {
        Article article = entityManager.find(Article.class, id);
        if (article == null) {
            return false;
        }
        article.republish(clock.instant());
        feed.publish(FeedEventTypes.KB_ARTICLE_CHANGED, new ArticleChange(id));
        return true;
    }

    private String uniqueSlug(String title, String language) {
        String base = slug(title);
        String candidate = base;
        for (int n = 2; taken(candidate, language); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private boolean taken(String slug, String language) {
        return entityManager
                        .createQuery(
                                "SELECT COUNT(a) FROM Article a WHERE a.slug = :slug AND a.language = :language",
                                Long.class)
                        .setParameter("slug", slug)
                        .setParameter("language", language)
                        .getSingleResult()
                > 0;
    }

    /** "Refund: how long?" → "refund-how-long"; accents folded, at most 80 characters. */
    static String slug(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
