package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginationTest {

    static final int DELIVERY_ARTICLES = 1_200;

    @TempDir
    static Path dir;

    ArticleIndex index;

    @BeforeAll
    void open() {
        index = ArticleIndex.open(dir);
        List<ArticleDocument> articles = new ArrayList<>(LongStream.range(0, DELIVERY_ARTICLES)
                .mapToObj(id -> SampleArticles.en(
                        id, "Delivery note " + id, "About delivery number " + id, "Shipping", List.of()))
                .toList());
        articles.add(SampleArticles.en(5_000, "Something else", "Unrelated text", "Other", List.of()));
        index.rebuild(articles);
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void totalCountsEveryMatchNotJustThePage() {
        SearchResult result = index.search(new SearchRequest("delivery", null, 10, 0));

        assertEquals(DELIVERY_ARTICLES, result.total());
        assertEquals(10, result.hits().size());
    }

    @Test
    void pagesAreDisjointAndCoverAllHits() {
        Set<Long> seen = new HashSet<>();
        int pages = 0;
        for (int offset = 0; offset < DELIVERY_ARTICLES; offset += 100) {
            SearchResult page = index.search(new SearchRequest("delivery", null, 100, offset));
            assertEquals(DELIVERY_ARTICLES, page.total());
            page.hits().forEach(hit -> assertTrue(seen.add(hit.id()), "seen twice: " + hit.id()));
            pages++;
        }
        assertEquals(12, pages);
        assertEquals(DELIVERY_ARTICLES, seen.size());
    }

    @Test
    void lastPageIsShortAndBeyondItIsEmpty() {
        assertEquals(
                50,
                index.search(new SearchRequest("delivery", null, 100, 1_150))
                        .hits()
                        .size());

        SearchResult beyond = index.search(new SearchRequest("delivery", null, 10, 5_000));
        assertTrue(beyond.hits().isEmpty());
        assertEquals(DELIVERY_ARTICLES, beyond.total());

        SearchResult far = index.search(new SearchRequest("delivery", null, 100, Integer.MAX_VALUE));
        assertTrue(far.hits().isEmpty());
        assertEquals(DELIVERY_ARTICLES, far.total());
    }

    @Test
    void outOfRangeLimitAndOffsetAreClamped() {
        assertEquals(
                1,
                index.search(new SearchRequest("delivery", null, 0, 0)).hits().size());
        assertEquals(
                100,
                index.search(new SearchRequest("delivery", null, 10_000, 0))
                        .hits()
                        .size());
        assertEquals(
                ids(index.search(new SearchRequest("delivery", null, 5, 0))),
                ids(index.search(new SearchRequest("delivery", null, 5, -20))));
    }
}
