package org.caredesk.kb;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A help article as the knowledge base indexes it.
 *
 * <p>The compact constructor normalises rather than trusts its input (null text becomes empty,
 * null lists become empty, blank list entries are dropped) so that one sloppy row from the
 * database cannot make a whole {@link ArticleIndex#rebuild rebuild} fail. The language is the
 * one thing that must be right, because it decides how every word is analysed.
 *
 * @param body may contain simple HTML; tags are stripped before indexing
 * @param language {@code "en"} or {@code "it"} (case-insensitive, a region such as {@code "it-IT"} is ignored)
 */
public record ArticleDocument(
        long id,
        String title,
        String body,
        String language,
        String category,
        List<String> tags,
        List<String> products,
        Instant updatedAt) {

    public ArticleDocument {
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        String given = language;
        language = Language.fromCode(given)
                .orElseThrow(() -> new IllegalArgumentException("unsupported article language: " + given))
                .code();
        category = Objects.requireNonNullElse(category, "");
        tags = cleaned(tags);
        products = cleaned(products);
    }

    private static List<String> cleaned(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }
}
