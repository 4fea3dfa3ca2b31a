package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TitleSuggestTest extends SampleIndexTest {

    @Test
    void prefixOfAnyTitleWordCompletes() {
        assertEquals(List.of("How to request a refund"), index.suggest("refu", null, 10));
        assertEquals(List.of("Product safety recall: KettleMax 2000"), index.suggest("kettle", null, 10));
    }

    @Test
    void earlierWordsMustMatchWholeAndTheLastAsPrefix() {
        assertEquals(List.of("Reset your password"), index.suggest("reset your pa", null, 10));
        assertEquals(List.of(), index.suggest("reset my pa", null, 10));
    }

    @Test
    void languageFilterApplies() {
        assertEquals(
                List.of("Reset your password", "Reimpostare la password").stream()
                        .sorted()
                        .toList(),
                index.suggest("pass", null, 10).stream().sorted().toList());
        assertEquals(List.of("Reimpostare la password"), index.suggest("pass", "it", 10));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(List.of("Perché il mio ordine è in ritardo?"), index.suggest("PERCHE il mio", "it", 10));
    }

    @Test
    void titlesStartingWithThePrefixComeFirst() {
        // "re" also starts "request" in "How to request a refund", which must come after these.
        List<String> titles = index.suggest("re", null, 10);

        assertTrue(titles.size() > 3, titles.toString());
        assertTrue(
                titles.subList(0, 3).stream()
                        .allMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("re")),
                titles.toString());
        assertTrue(titles.contains("How to request a refund"), titles.toString());
        assertTrue(titles.indexOf("How to request a refund") >= 3, titles.toString());
    }

    @Test
    void limitIsRespected() {
        assertEquals(1, index.suggest("re", null, 1).size());
        assertEquals(1, index.suggest("re", null, 0).size());
    }

    @Test
    void emptyPrefixSuggestsNothing() {
        assertEquals(List.of(), index.suggest("", null, 10));
        assertEquals(List.of(), index.suggest("   ", null, 10));
    }
}
