package org.caredesk.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads help articles from the database. Each read is its own transaction, because the search
 * index refreshes itself from a background thread that has none.
 */
@ApplicationScoped
@Transactional
public class ArticleCatalog {
    private final EntityManager entityManager;

    protected ArticleCatalog() {
        this(null);
    }

    @Inject
    public ArticleCatalog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Article> published() {
        return entityManager.createNamedQuery(Article.PUBLISHED, Article.class).getResultList();
    }

    /** Id and last change of every published article: what the search index should hold. */
    public Map<Long, Instant> publishedVersions() {
        Map<Long, Instant> versions = new HashMap<>();
        entityManager
                .createQuery("SELECT a.id, a.updatedAt FROM Article a WHERE a.status = :status", Object[].class)
                .setParameter("status", ArticleStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> versions.put((Long) row[0], (Instant) row[1]));
        return versions;
    }

    public Optional<Article> find(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }
}
