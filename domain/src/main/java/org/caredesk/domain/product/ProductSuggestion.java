package org.caredesk.domain.product;

import java.util.List;

/**
 * A catalogue product offered while someone types a product's name: the name to fill in, and the
 * other names it goes by (aliases, model numbers) so a consumer who knows only "PB20K" or "power bank"
 * recognises it.
 */
public record ProductSuggestion(String name, List<String> alsoKnownAs) {
    public ProductSuggestion {
        alsoKnownAs = List.copyOf(alsoKnownAs);
    }
}
