package org.caredesk.portal.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.domain.product.ProductSuggestion;

/**
 * The contact form's Product field: offers catalogue products (found by name, alias or model number)
 * while the consumer types. A suggestion only fills in the name; any other text is still accepted.
 */
@Named
@RequestScoped
public class ProductField {
    private static final int SUGGESTIONS = 8;

    private final ProductCatalogue catalogue;
    /** The last suggestions by name, so each row can show the other names it goes by. */
    private final Map<String, ProductSuggestion> offered = new LinkedHashMap<>();

    protected ProductField() {
        this(null);
    }

    @Inject
    public ProductField(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<String> complete(String typed) {
        offered.clear();
        catalogue.suggest(typed, SUGGESTIONS).forEach(s -> offered.put(s.name(), s));
        return List.copyOf(offered.keySet());
    }

    /** "PB-20K, PB-20K-C, power bank": how the consumer may know the product. */
    public String otherNames(String name) {
        ProductSuggestion suggestion = offered.get(name);
        return suggestion == null ? "" : String.join(", ", suggestion.alsoKnownAs());
    }
}
