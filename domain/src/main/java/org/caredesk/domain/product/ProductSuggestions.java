package org.caredesk.domain.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which catalogue products match what a consumer has typed so far. A product matches when its name,
 * code, an alias or a model number contains the text (ignoring case, spaces and hyphens, as
 * {@link ProductCatalogue#find} does); names that start with the text come first. Unverified products
 * (first heard of in imported contacts) are not offered: their names are whatever someone once wrote.
 */
public final class ProductSuggestions {
    /** Shorter text matches too much of the catalogue to help. */
    static final int MIN_LENGTH = 2;

    private ProductSuggestions() {}

    public static List<ProductSuggestion> matching(List<Product> catalogue, String typed, int limit) {
        String wanted = typed == null ? "" : ProductCatalogue.normalise(typed);
        if (wanted.length() < MIN_LENGTH) {
            return List.of();
        }
        record Ranked(Product product, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Product product : catalogue) {
            int rank = rank(product, wanted);
            if (product.isVerified() && rank >= 0) {
                ranked.add(new Ranked(product, rank));
            }
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.product().getName()))
                .limit(limit)
                .map(r -> new ProductSuggestion(r.product().getName(), otherNames(r.product())))
                .toList();
    }

    /** 0: the name starts with the text; 1: the name contains it; 2: another name does; -1: no match. */
    private static int rank(Product product, String wanted) {
        String name = ProductCatalogue.normalise(product.getName());
        if (name.startsWith(wanted)) {
            return 0;
        }
        if (name.contains(wanted)) {
            return 1;
        }
        boolean other = otherNames(product).stream()
                        .anyMatch(n -> ProductCatalogue.normalise(n).contains(wanted))
                || ProductCatalogue.normalise(product.getCode()).contains(wanted);
        return other ? 2 : -1;
    }

    private static List<String> otherNames(Product product) {
        List<String> names = new ArrayList<>();
        for (String n : product.getModelNumbers()) {
            addOnce(names, n);
        }
        for (String n : product.getAliases()) {
            addOnce(names, n);
        }
        return names;
    }

    private static void addOnce(List<String> names, String name) {
        String key = ProductCatalogue.normalise(name);
        if (names.stream().noneMatch(n -> ProductCatalogue.normalise(n).equals(key))) {
            names.add(name);
        }
    }
}
