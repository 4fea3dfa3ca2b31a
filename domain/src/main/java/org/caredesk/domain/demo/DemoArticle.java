package org.caredesk.domain.demo;

import java.util.List;
import java.util.Objects;

/**
 * A help article of the demo knowledge base.
 *
 * @param slug         URL-friendly identifier, unique per language
 * @param language     {@code "en"} or {@code "it"}
 * @param title        the title
 * @param body         simple HTML: {@code <p>, <ul><li>, <ol><li>, <strong>, <h2>} only
 * @param category     billing, delivery, returns, warranty, product-safety, account-access, privacy, troubleshooting
 * @param tags         free tags
 * @param productCodes catalogue codes the article is about; may be empty
 */
public record DemoArticle(
        String slug,
        String language,
        String title,
        String body,
        String category,
        List<String> tags,
        List<String> productCodes) {
    public DemoArticle {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(category, "category");
        tags = List.copyOf(tags);
        productCodes = List.copyOf(productCodes);
    }
}
