package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypoToleranceTest extends SampleIndexTest {

    @Test
    void misspeltWordStillFindsTheArticleAndIsCorrected() {
        SearchResult refund = index.search(SearchRequest.of("refnd"));
        SearchResult warranty = index.search(SearchRequest.of("warrenty"));

        assertEquals(SampleArticles.REFUND_EN, ids(refund).get(0));
        assertEquals("refund", refund.suggestion());
        assertEquals(SampleArticles.WARRANTY_EN, ids(warranty).get(0));
        assertEquals("warranty", warranty.suggestion());
    }

    @Test
    void correctionKeepsTheRestOfTheQueryAsTyped() {
        SearchResult result = index.search(SearchRequest.of("How do I get a Refnd?"));

        assertEquals("How do I get a Refund?", result.suggestion());
    }

    @Test
    void italianTypoIsCorrectedFromItalianWords() {
        SearchResult result = index.search(new SearchRequest("rimbroso", "it", 10, 0));

        assertEquals(SampleArticles.REFUND_IT, ids(result).get(0));
        assertEquals("rimborso", result.suggestion());
    }

    @Test
    void noSuggestionWhenEveryWordIsKnown() {
        assertNull(index.search(SearchRequest.of("refund")).suggestion());
        assertNull(index.search(SearchRequest.of("Reset your password")).suggestion());
        // Known in Italian, so not "corrected" when all languages are searched.
        assertNull(index.search(SearchRequest.of("rimborso")).suggestion());
    }

    @Test
    void elidedItalianWordIsCorrectedBehindItsArticle() {
        assertEquals(
                "l'ordine",
                index.search(new SearchRequest("l'ordne", "it", 10, 0)).suggestion());
        assertEquals("l'ordine", index.search(SearchRequest.of("l'ordne")).suggestion());
    }

    @Test
    void wordFoundThroughItsStemIsNotCorrected() {
        // Only "elettrodomestici" is written in the articles; the singular finds it by stem.
        SearchResult result = index.search(SearchRequest.of("garanzia elettrodomestico"));

        assertEquals(SampleArticles.WARRANTY_IT, ids(result).get(0));
        assertNull(result.suggestion());
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        SearchResult result = index.search(SearchRequest.of("xylophone"));

        assertNull(result.suggestion());
        assertEquals(0, result.total());
    }

    @Test
    void wordTheIndexKnowsMatchesOnlyItselfWhileATypoMatchesItsNeighbours() {
        // "card" and "cart" are one edit apart: a typo between them may mean either, a known word means itself.
        index.upsert(SampleArticles.en(60, "Gift card", "A gift card never expires.", "Billing", List.of()));
        index.upsert(SampleArticles.en(61, "Shopping cart", "Your cart keeps items for a week.", "Orders", List.of()));

        assertEquals(List.of(61L), ids(index.search(new SearchRequest("cart", "en", 10, 0))));
        assertEquals(List.of(60L), ids(index.search(new SearchRequest("card", "en", 10, 0))));
        assertEquals(
                List.of(60L, 61L),
                ids(index.search(new SearchRequest("carx", "en", 10, 0))).stream()
                        .sorted()
                        .toList());
    }
}
