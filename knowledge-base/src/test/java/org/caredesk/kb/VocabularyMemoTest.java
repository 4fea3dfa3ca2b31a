package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered typo expansions and corrections never outlive the index content they came from. */
class VocabularyMemoTest {

    @TempDir
    Path dir;

    @Test
    void aRepeatedTypoGetsTheSameAnswer() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            SearchResult first = index.search(SearchRequest.of("warrenty"));
            SearchResult again = index.search(SearchRequest.of("warrenty"));

            assertEquals("warranty", again.suggestion());
            assertEquals(ids(first), ids(again));
            assertEquals(first.total(), again.total());
        }
    }

    @Test
    void aWriteMakesTheNextSearchSeeTheNewVocabulary() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            assertEquals(0, index.search(SearchRequest.of("vouchr")).total());
            assertNull(index.search(SearchRequest.of("vouchr")).suggestion());

            index.upsert(
                    SampleArticles.en(200, "Gift vouchers", "A voucher can be used online.", "Billing", List.of()));

            SearchResult result = index.search(SearchRequest.of("vouchr"));
            assertEquals(List.of(200L), ids(result));
            assertEquals("voucher", result.suggestion());
        }
    }

    @Test
    void aWordThatBecomesKnownIsNoLongerCorrected() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            assertEquals("warranty", index.search(SearchRequest.of("warrenty")).suggestion());

            index.upsert(
                    SampleArticles.en(201, "Warrenty spelling", "Some people write warrenty.", "Other", List.of()));

            SearchResult result = index.search(SearchRequest.of("warrenty"));
            assertNull(result.suggestion());
            assertTrue(ids(result).contains(201L));
        }
    }
}
