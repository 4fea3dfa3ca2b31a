package org.caredesk.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The console editor's view of the articles: all of them, published or not. */
@ApplicationScoped
@Transactional
public class ArticleListing {
    private final EntityManager entityManager;

    protected ArticleListing() {
        this(null);
    }

    @Inject
    public ArticleListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every article, newest change first. */
    public List<Summary> all() {
        return entityManager
                .createQuery("SELECT a FROM Article a ORDER BY a.updatedAt DESC, a.id DESC", Article.class)
                .getResultList()
                .stream()
                .map(a -> new Summary(
                        a.getId(),
                        a.getTitle(),
                        a.getLanguage(),
                        a.getCategory(),
                        String.join(", ", a.getProductCodes()),
                        a.getStatus().name(),
                        a.getUpdatedAt()))
                .toList();
    }

    /** One article as the editor loads it. */
    public Optional<Editable> find(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id))
                .map(a -> new Editable(
                        a.getId(),
                        new ArticleDraft(
                                a.getTitle(),
                                a.getBody(),
                                a.getLanguage(),
                                a.getCategory(),
                                a.getTags(),
                                a.getProductCodes()),
                        a.getStatus().name()));
    }

    /** A row of the article list. */
    public record Summary(
            long id,
            String title,
            String language,
            String category,
            String products,
            String status,
            Instant updatedAt) {}

    /** An article with its status, for the editor. */
    public record Editable(long id, ArticleDraft draft, String status) {}
}
