package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItalianSearchTest extends SampleIndexTest {

    @Test
    void rimborsoFindsTheItalianRefundArticle() {
        assertEquals(
                SampleArticles.REFUND_IT,
                ids(index.search(SearchRequest.of("rimborso"))).get(0));
    }

    @Test
    void italianPluralsAndElisionAreAnalysed() {
        assertEquals(
                SampleArticles.REFUND_IT,
                ids(index.search(SearchRequest.of("rimborsi"))).get(0));
        // "dall'acquisto" in the body: the elided article must not stick to the word.
        assertEquals(List.of(SampleArticles.REFUND_IT), ids(index.search(new SearchRequest("acquisto", "it", 10, 0))));
    }

    @Test
    void languageFilterKeepsToOneLanguage() {
        SearchResult italian = index.search(new SearchRequest("password", "it", 10, 0));
        SearchResult english = index.search(new SearchRequest("password", "en", 10, 0));

        assertEquals(List.of(SampleArticles.PASSWORD_IT), ids(italian));
        assertEquals(List.of(SampleArticles.PASSWORD_EN), ids(english));
        assertTrue(italian.hits().stream().allMatch(hit -> hit.language().equals("it")));
    }

    @Test
    void italianWordIsNotFoundInEnglishArticles() {
        SearchResult result = index.search(new SearchRequest("rimborso", "en", 10, 0));

        assertEquals(0, result.total());
        assertFalse(
                ids(index.search(new SearchRequest("rimborso", "it", 10, 0))).isEmpty());
    }

    @Test
    void anItalianWordSearchedInEnglishCountsTheItalianMatches() {
        SearchRequest english = new SearchRequest("rimborso", "en", 10, 0);
        long inItalian =
                index.search(new SearchRequest("rimborso", "it", 10, 0)).total();

        assertEquals(0, index.search(english).total());
        assertTrue(inItalian > 0);
        assertEquals(Map.of("it", inItalian), index.countInOtherLanguages(english));
    }

    @Test
    void otherLanguageCountsLeaveOutLanguagesWithoutMatches() {
        assertEquals(Map.of(), index.countInOtherLanguages(new SearchRequest("kettle", "en", 10, 0)));
        assertEquals(Map.of("en", 1L), index.countInOtherLanguages(new SearchRequest("kettlemax", "it", 10, 0)));
    }

    @Test
    void otherLanguageCountsAreEmptyWhenEveryLanguageIsSearchedOrNothingIsAsked() {
        assertEquals(Map.of(), index.countInOtherLanguages(SearchRequest.of("rimborso")));
        assertEquals(Map.of(), index.countInOtherLanguages(new SearchRequest("   ", "en", 10, 0)));
        assertEquals(Map.of(), index.countInOtherLanguages(null));
    }

    @Test
    void otherLanguageCountsHonourTheFilter() {
        SearchRequest filtered = new SearchRequest("rimborso", "en", 10, 0, SearchFilter.of(null, "NoSuchCategory"));

        assertEquals(Map.of(), index.countInOtherLanguages(filtered));
    }

    @Test
    void aVerbFindsTheArticleThatNamesItsNoun() {
        // Snowball stemming: "pagare" and "pagamento", "rateizzare" and "rateizzazione" meet.
        index.rebuild(List.of(
                SampleArticles.it(1, "Modalità di pagamento", "Accettiamo carta e bonifico.", "Fatture", List.of()),
                SampleArticles.it(
                        2, "Rateizzazione delle fatture", "Chiedi un piano in tre rate.", "Fatture", List.of()),
                SampleArticles.it(3, "Orari del servizio", "Rispondiamo dalle nove alle cinque.", "Altro", List.of())));

        assertEquals(
                1L,
                ids(index.search(new SearchRequest("come posso pagare", "it", 10, 0)))
                        .get(0));
        assertEquals(
                2L,
                ids(index.search(new SearchRequest("posso rateizzare la bolletta?", "it", 10, 0)))
                        .get(0));
    }

    @Test
    void regionalLanguageCodeIsUnderstood() {
        assertEquals(
                List.of(SampleArticles.PASSWORD_IT), ids(index.search(new SearchRequest("password", "it-IT", 10, 0))));
    }
}
