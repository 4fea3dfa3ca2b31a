package org.caredesk.domain.kb;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.caredesk.domain.platform.Ids;

/** A help article in one language. Only published articles are indexed and shown to consumers. */
@Entity
@Table(name = "article")
@NamedQuery(
        name = Article.PUBLISHED,
        query = "SELECT a FROM Article a WHERE a.status = org.caredesk.domain.kb.ArticleStatus.PUBLISHED")
public class Article {
    public static final String PUBLISHED = "Article.published";
    private static final String LIST_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String slug;

    private String language;

    private String title;

    /** Simple HTML: paragraphs, lists, emphasis. */
    private String body;

    private String category;

    private String tags;

    @Column(name = "product_codes")
    private String productCodes;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {}

    public Article(
            String slug,
            String language,
            String title,
            String body,
            String category,
            List<String> tags,
            List<String> productCodes,
            Instant createdAt) {
        this.slug = slug;
        this.language = language;
        this.title = title;
        this.body = body;
        this.category = category;
        this.tags = String.join(LIST_SEPARATOR, tags);
        this.productCodes = String.join(LIST_SEPARATOR, productCodes);
        this.status = ArticleStatus.PUBLISHED;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Replaces the article's content; a published article stays published. */
    public void revise(
            String title, String body, String category, List<String> tags, List<String> productCodes, Instant at) {
        this.title = title;
        this.body = body;
        this.category = category;
        this.tags = String.join(LIST_SEPARATOR, tags);
        this.productCodes = String.join(LIST_SEPARATOR, productCodes);
        this.updatedAt = at;
    }

    public void unpublish(Instant at) {
        this.status = ArticleStatus.UNPUBLISHED;
        this.updatedAt = at;
    }

    /** Puts an unpublished article back on the portal and into search. */
    public void republish(Instant at) {
        this.status = ArticleStatus.PUBLISHED;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getCategory() {
        return category;
    }

    public List<String> getTags() {
        return split(tags);
    }

    public List<String> getProductCodes() {
        return split(productCodes);
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\" + LIST_SEPARATOR))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
