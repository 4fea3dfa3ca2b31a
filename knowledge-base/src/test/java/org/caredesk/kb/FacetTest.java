package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetTest {

    @TempDir
    Path dir;

    ArticleIndex index;

    @BeforeEach
    void open() {
        index = ArticleIndex.open(dir);
        index.rebuild(List.of(
                article(1, "Power bank not charging", "troubleshooting", List.of("PB-20K", "CH-65")),
                article(2, "Charging a power bank safely", "product-safety", List.of("PB-20K")),
                article(3, "Charging an e-bike battery", "troubleshooting", List.of("EBK-500")),
                article(4, "Charging your account: payment methods", "billing", List.of()),
                article(5, "Kettle not heating", "troubleshooting", List.of("KT-200"))));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void countsAllMatchesByProductAndCategory() {
        Facets facets = index.search(new SearchRequest("charging", "en", 1, 0)).facets();

        assertEquals(
                List.of(new FacetCount("PB-20K", 2), new FacetCount("CH-65", 1), new FacetCount("EBK-500", 1)),
                facets.products());
        assertEquals(
                List.of(
                        new FacetCount("troubleshooting", 2),
                        new FacetCount("billing", 1),
                        new FacetCount("product-safety", 1)),
                facets.categories());
    }

    @Test
    void filterByProductAndCategoryNarrowsHitsTotalAndCounts() {
        SearchRequest charging = SearchRequest.of("charging");

        SearchResult byProduct = index.search(charging.withFilter(SearchFilter.of("PB-20K", null)));
        assertEquals(2, byProduct.total());
        assertEquals(List.of(1L, 2L), ids(byProduct).stream().sorted().toList());

        SearchResult both = index.search(charging.withFilter(SearchFilter.of("PB-20K", "troubleshooting")));
        assertEquals(List.of(1L), ids(both));
        assertEquals(
                List.of(new FacetCount("troubleshooting", 1)), both.facets().categories());

        SearchResult eitherProduct =
                index.search(charging.withFilter(new SearchFilter(List.of("EBK-500", "CH-65"), List.of())));
        assertEquals(List.of(1L, 3L), ids(eitherProduct).stream().sorted().toList());
    }

    @Test
    void filterWithUnknownValueGivesNothingAndSloppyValuesAreCleaned() {
        assertTrue(index.search(SearchRequest.of("charging").withFilter(SearchFilter.of("XX-1", null)))
                .hits()
                .isEmpty());

        SearchFilter filter = new SearchFilter(java.util.Arrays.asList(" PB-20K ", null, "", "PB-20K"), null);
        assertEquals(new SearchFilter(List.of("PB-20K"), List.of()), filter);
    }

    @Test
    void updatedArticleMovesBetweenFacetValues() {
        index.upsert(article(5, "Kettle not charging", "billing", List.of("KT-300")));

        Facets facets = index.search(SearchRequest.of("kettle")).facets();
        assertEquals(List.of(new FacetCount("KT-300", 1)), facets.products());
        assertEquals(List.of(new FacetCount("billing", 1)), facets.categories());
    }

    @Test
    void oldConstructorsStillWork() {
        SearchRequest request = new SearchRequest("charging", "en", 10, 0);
        assertEquals(SearchFilter.NONE, request.filter());
        assertEquals(Facets.EMPTY, new SearchResult(0, List.of(), null).facets());
        assertEquals(Facets.EMPTY, SearchResult.empty().facets());
    }

    private static ArticleDocument article(long id, String title, String category, List<String> products) {
        return new ArticleDocument(id, title, title, "en", category, List.of(), products, Instant.EPOCH);
    }
}
