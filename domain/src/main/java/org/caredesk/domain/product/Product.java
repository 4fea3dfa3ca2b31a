package org.caredesk.domain.product;

import jakarta.persistence.*;
import java.util.Arrays;
import java.util.List;
import org.caredesk.domain.platform.Ids;

/**
 * A catalogue product. Aliases (what consumers call it) and model numbers feed the sentiment
 * pipeline's product matching. Products first heard of in imported contacts are unverified.
 */
@Entity
@Table(name = "product")
public class Product {
    private static final String LIST_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String code;

    private String name;

    private String brand;

    private String category;

    /** Stored as one '|'-separated column: a short list read whole, never queried by element. */
    private String aliases;

    @Column(name = "model_numbers")
    private String modelNumbers;

    @Column(name = "warranty_months")
    private int warrantyMonths;

    private boolean verified;

    @Version
    private long version;

    protected Product() {}

    public Product(
            String code,
            String name,
            String brand,
            String category,
            List<String> aliases,
            List<String> modelNumbers,
            int warrantyMonths,
            boolean verified) {
        this.code = code;
        this.name = name;
        this.brand = brand;
        this.category = category;
        this.aliases = String.join(LIST_SEPARATOR, aliases);
        this.modelNumbers = String.join(LIST_SEPARATOR, modelNumbers);
        this.warrantyMonths = warrantyMonths;
        this.verified = verified;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getBrand() {
        return brand;
    }

    public String getCategory() {
        return category;
    }

    public List<String> getAliases() {
        return split(aliases);
    }

    public List<String> getModelNumbers() {
        return split(modelNumbers);
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }

    public boolean isVerified() {
        return verified;
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\" + LIST_SEPARATOR))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
