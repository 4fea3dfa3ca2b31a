package org.caredesk.kb;

import java.util.List;
import java.util.Objects;

/**
 * Narrows a search to articles about some products and/or in some categories (facet drill-down).
 * Within one list any value matches (product A <em>or</em> B); both lists must match when both are
 * given. Values are exact, as indexed ({@code "PB-20K"}, {@code "billing"}); blank and duplicate
 * values are dropped, and at most {@value #MAX_VALUES} of each are kept, so any input is valid.
 */
public record SearchFilter(List<String> products, List<String> categories) {

    public static final int MAX_VALUES = 50;
    /** No narrowing. */
    public static final SearchFilter NONE = new SearchFilter(List.of(), List.of());

    public SearchFilter {
        products = cleaned(products);
        categories = cleaned(categories);
    }

    /** One product and/or one category; null for "any". */
    public static SearchFilter of(String product, String category) {
        return new SearchFilter(
                product == null ? List.of() : List.of(product), category == null ? List.of() : List.of(category));
    }

    public boolean isEmpty() {
        return products.isEmpty() && categories.isEmpty();
    }

    private static List<String> cleaned(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .limit(MAX_VALUES)
                .toList();
    }
}
