package org.caredesk.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductSuggestionsTest {
    private static final Product POWER_BANK = new Product(
            "PB-20K",
            "VoltPak 20000 Power Bank",
            "Ampero",
            "mobile",
            List.of("power bank", "VoltPak", "batteria esterna"),
            List.of("PB-20K", "PB20K", "PB-20K-C"),
            24,
            true);
    private static final Product CHARGER = new Product(
            "CH-65",
            "Ampero 65W USB-C Charger",
            "Ampero",
            "mobile",
            List.of("phone charger", "USB-C charger"),
            List.of("CH-65", "CH65", "CH-65W"),
            24,
            true);
    private static final Product DOCK =
            new Product("CD-2", "Charger Dock", "Ampero", "mobile", List.of(), List.of("CD-2"), 12, true);
    private static final Product IMPORTED =
            new Product("X-1", "Power thing", "?", "mobile", List.of(), List.of(), 0, false);
    private static final List<Product> CATALOGUE = List.of(CHARGER, POWER_BANK, DOCK, IMPORTED);

    @Test
    void aModelNumberWrittenWithoutItsHyphenFindsTheProduct() {
        assertEquals(List.of("VoltPak 20000 Power Bank"), names("pb20"));
    }

    @Test
    void anAliasInAnotherLanguageFindsTheProduct() {
        assertEquals(List.of("VoltPak 20000 Power Bank"), names("Batteria"));
    }

    @Test
    void namesStartingWithTheTextComeBeforeNamesContainingIt() {
        assertEquals(List.of("Charger Dock", "Ampero 65W USB-C Charger"), names("charger"));
    }

    @Test
    void theOtherNamesAreOfferedOnceEachModelNumbersFirst() {
        assertEquals(
                List.of("PB-20K", "PB-20K-C", "power bank", "VoltPak", "batteria esterna"),
                ProductSuggestions.matching(CATALOGUE, "voltpak", 5).get(0).alsoKnownAs());
    }

    @Test
    void unverifiedProductsAndOneLetterAreNotOffered() {
        assertEquals(List.of("VoltPak 20000 Power Bank"), names("power"));
        assertEquals(List.of(), names("p"));
        assertEquals(List.of(), names(null));
    }

    @Test
    void atMostTheLimit() {
        assertEquals(1, ProductSuggestions.matching(CATALOGUE, "charger", 1).size());
    }

    private static List<String> names(String typed) {
        return ProductSuggestions.matching(CATALOGUE, typed, 8).stream()
                .map(ProductSuggestion::name)
                .toList();
    }
}
