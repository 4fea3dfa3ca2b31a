package org.caredesk.domain.demo;

import java.util.List;
import java.util.Objects;

/**
 * A product of the demo catalogue.
 *
 * @param code           the canonical model code, e.g. {@code "KT-200"}
 * @param name           the marketing name
 * @param brand          the (fictional) brand
 * @param category       kitchen, heating, mobile, toys, personal-care, garden, automotive, baby, mobility
 * @param aliases        what consumers call it, in English and Italian ("the kettle", "bollitore")
 * @param modelNumbers   model number spellings, the code first ("KT-200", "KT200", "KT-200B")
 * @param warrantyMonths the manufacturer's warranty in months (0 for consumables)
 */
public record DemoProduct(
        String code,
        String name,
        String brand,
        String category,
        List<String> aliases,
        List<String> modelNumbers,
        int warrantyMonths) {
    public DemoProduct {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(category, "category");
        aliases = List.copyOf(aliases);
        modelNumbers = List.copyOf(modelNumbers);
    }
}
