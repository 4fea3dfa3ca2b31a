package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRankingTest extends SampleIndexTest {

    @Test
    void titleMatchRanksAboveBodyOnlyMatches() {
        List<Long> ids = ids(index.search(new SearchRequest("refund", "en", 10, 0)));

        assertEquals(SampleArticles.REFUND_EN, ids.get(0));
        assertTrue(ids.contains(SampleArticles.DELIVERY_EN), "body-only match is still found: " + ids);
        assertTrue(ids.contains(SampleArticles.RETURNS_EN), "body-only match is still found: " + ids);
    }

    @Test
    void titleMatchOutweighsAShorterBodyMatch() {
        // By field length alone BM25 would prefer the one-word body; the title boost must win.
        index.rebuild(List.of(
                SampleArticles.en(1, "Spare", "Refund", "x", List.of()),
                SampleArticles.en(2, "Everything about our refund policy and the process", "Read on", "x", List.of())));

        assertEquals(List.of(2L, 1L), ids(index.search(SearchRequest.of("refund"))));
    }

    @Test
    void tagMatchRanksAboveBodyOnlyMatch() {
        // "repair" is a tag of the warranty article; the recall article mentions only "replacement".
        index.upsert(SampleArticles.en(
                50, "Spare parts", "We repair most appliances in our own workshop.", "Warranty", List.of()));
        List<Long> ids = ids(index.search(new SearchRequest("repair", "en", 10, 0)));

        assertEquals(List.of(SampleArticles.WARRANTY_EN, 50L), ids);
    }

    @Test
    void englishStemmingMatchesOtherFormsOfAWord() {
        assertEquals(
                SampleArticles.REFUND_EN,
                ids(index.search(SearchRequest.of("refunds"))).get(0));
        assertEquals(
                SampleArticles.REFUND_EN,
                ids(index.search(SearchRequest.of("refunding"))).get(0));
        assertTrue(ids(index.search(SearchRequest.of("tracked parcels"))).contains(SampleArticles.DELIVERY_EN));
    }

    @Test
    void exactPhraseRanksAboveTheSameWordsScattered() {
        // Same words, same length; only the order differs. Added first so that a tie would put it first.
        index.rebuild(List.of(
                SampleArticles.en(1, "Parcels", "The lost label was on a parcel near the door.", "Shipping", List.of()),
                SampleArticles.en(
                        2, "Parcels", "The label was on a lost parcel near the door.", "Shipping", List.of())));

        assertEquals(List.of(2L, 1L), ids(index.search(SearchRequest.of("lost parcel"))));
    }

    @Test
    void withoutLanguageBothLanguagesAreSearched() {
        List<Long> ids = ids(index.search(SearchRequest.of("password")));

        assertTrue(ids.contains(SampleArticles.PASSWORD_EN), ids.toString());
        assertTrue(ids.contains(SampleArticles.PASSWORD_IT), ids.toString());
    }

    @Test
    void hitCarriesStoredFields() {
        SearchHit hit =
                index.search(new SearchRequest("kettle", "en", 10, 0)).hits().get(0);

        assertEquals(SampleArticles.RECALL_EN, hit.id());
        assertEquals("Product safety recall: KettleMax 2000", hit.title());
        assertEquals("en", hit.language());
        assertEquals("Safety", hit.category());
        assertTrue(hit.score() > 0);
    }
}
