package org.caredesk.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caredesk.sentiment.product.ProductMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductMatcherTest {

    private final ProductMatcher matcher = new ProductMatcher(List.of(
            new ProductReference("KX200", "Aqua Kettle", List.of("the aqua"), List.of("KX-200")),
            new ProductReference("KX200P", "Aqua Kettle Pro", List.of(), List.of("KX-200P")),
            new ProductReference("BL9", "PowerBlend 9", List.of("powerblend", "blender 9"), List.of("BL-9000"))));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my KX-200 leaks",
                "my kx200 leaks",
                "my KX 200 leaks",
                "my kx - 200 leaks",
                "my Kx_200 leaks",
                "(KX-200)",
                "KX-200."
            })
    void modelNumberToleratesCaseSpacingAndHyphens(String text) {
        List<ProductMention> found = matcher.find(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("KX200", found.get(0).code());
    }

    @Test
    void keepsTheTextAsWritten() {
        assertEquals(List.of(new ProductMention("KX200", "kx 200")), matcher.find("the kx 200 broke"));
    }

    @Test
    void longestMatchWins() {
        assertEquals(
                List.of(new ProductMention("KX200P", "Aqua Kettle Pro")), matcher.find("My Aqua Kettle Pro is noisy"));
        assertEquals(List.of(new ProductMention("KX200P", "KX-200P")), matcher.find("model KX-200P"));
        assertEquals(List.of(new ProductMention("KX200", "aqua kettle")), matcher.find("an aqua kettle, not the pro"));
    }

    @Test
    void eachCodeOnceInOrderOfFirstMention() {
        List<ProductMention> found =
                matcher.find("PowerBlend 9 and KX-200; the powerblend is fine but the KX200 leaks");
        assertEquals(List.of(new ProductMention("BL9", "PowerBlend 9"), new ProductMention("KX200", "KX-200")), found);
    }

    @Test
    void doesNotMatchInsideLongerWordsOrNumbers() {
        assertTrue(matcher.find("AKX-2000 and kx2001 and bl90000").isEmpty());
    }

    @Test
    void aliasesMatch() {
        assertEquals("BL9", matcher.find("my blender-9 is great").get(0).code());
    }

    @Test
    void emptyCatalogueAndOddTextFindNothing() {
        assertTrue(ProductMatcher.empty().find("KX-200").isEmpty());
        assertTrue(matcher.find(null).isEmpty());
        assertTrue(matcher.find("").isEmpty());
        assertTrue(matcher.find("😡 \u0000").isEmpty());
    }
}
