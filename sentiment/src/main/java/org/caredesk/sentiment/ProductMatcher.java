package org.caredesk.sentiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.caredesk.sentiment.product.CatalogueTerm;
import org.caredesk.sentiment.product.ProductMention;
import org.caredesk.sentiment.product.ProductTrie;
import org.caredesk.sentiment.text.TextSanitizer;

/**
 * Finds catalogue products in a text by name, alias or model number, case-insensitively and
 * whatever the spacing or hyphens ("KX-200", "kx200", "KX 200"). The longest match wins ("Aqua
 * Kettle Pro" over "Aqua Kettle") and each product is reported once. Immutable and thread-safe;
 * build one per catalogue version and share it.
 */
public final class ProductMatcher {

    private static final ProductMatcher EMPTY = new ProductMatcher(List.of());

    private final ProductTrie trie;

    public ProductMatcher(Collection<ProductReference> catalogue) {
        List<CatalogueTerm> terms = new ArrayList<>();
        // Model numbers first: they are the most specific way to name a product, so they win
        // when another product uses the same string as a name or alias.
        for (ProductReference product : catalogue) {
            product.modelNumbers().forEach(term -> terms.add(new CatalogueTerm(term, product.code())));
        }
        for (ProductReference product : catalogue) {
            terms.add(new CatalogueTerm(product.name(), product.code()));
            product.aliases().forEach(term -> terms.add(new CatalogueTerm(term, product.code())));
        }
        this.trie = new ProductTrie(terms);
    }

    /** A matcher that finds nothing, for callers without a catalogue. */
    public static ProductMatcher empty() {
        return EMPTY;
    }

    public List<ProductMention> find(String text) {
        return trie.find(TextSanitizer.sanitize(text));
    }
}
