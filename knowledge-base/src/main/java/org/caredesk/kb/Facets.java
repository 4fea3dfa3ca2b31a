package org.caredesk.kb;

import java.util.List;

/**
 * Counts of the articles that match a search, by product code and by category; each list is
 * ordered by count (highest first), then by value. Counted over every match, not just the page,
 * with the request's filter applied (drill-down).
 */
public record Facets(List<FacetCount> products, List<FacetCount> categories) {

    public static final Facets EMPTY = new Facets(List.of(), List.of());

    public Facets {
        products = products == null ? List.of() : List.copyOf(products);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
