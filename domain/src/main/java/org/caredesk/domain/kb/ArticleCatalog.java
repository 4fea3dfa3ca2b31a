package org.caredesk.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
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

    public Optional<Article> find(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }
}
