package org.caredesk.domain.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.sentiment.ProductReference;

/** The product catalogue: finding a product by what a consumer calls it. */
@ApplicationScoped
public class ProductCatalogue {
    private final EntityManager entityManager;

    protected ProductCatalogue() {
        this(null);
    }

    @Inject
    public ProductCatalogue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Product> all() {
        return entityManager
                .createQuery("SELECT p FROM Product p ORDER BY p.name", Product.class)
                .getResultList();
    }

    /**
     * The product whose code, name, alias or model number is {@code text}, ignoring case, spaces and
     * hyphens. An exact product code (what the text pipeline's mentions carry) is one indexed lookup;
     * anything else reads the catalogue.
     */
    public Optional<Product> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Product> byCode = entityManager
                .createQuery("SELECT p FROM Product p WHERE p.code = :code", Product.class)
                .setParameter("code", text.trim())
                .getResultStream()
                .findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        String wanted = normalise(text);
        return all().stream()
                .filter(p -> names(p).stream().anyMatch(n -> normalise(n).equals(wanted)))
                .findFirst();
    }

    /** Up to {@code limit} products for what someone has typed so far (see {@link ProductSuggestions}). */
    public List<ProductSuggestion> suggest(String typed, int limit) {
        return ProductSuggestions.matching(all(), typed, limit);
    }

    /** The catalogue as the sentiment pipeline's product matcher wants it. */
    public List<ProductReference> references() {
        return all().stream()
                .map(p -> new ProductReference(p.getCode(), p.getName(), p.getAliases(), p.getModelNumbers()))
                .toList();
    }

    private static List<String> names(Product product) {
        var names = new java.util.ArrayList<String>();
        names.add(product.getCode());
        names.add(product.getName());
        names.addAll(product.getAliases());
        names.addAll(product.getModelNumbers());
        return names;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]+", "");
    }
}
