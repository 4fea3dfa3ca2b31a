package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymTest {

    private static final long REFUND = 1;
    private static final long FAULTY = 2;
    private static final long RIMBORSO = 3;

    @TempDir
    Path dir;

    ArticleIndex index;

    @BeforeEach
    void open() {
        index = ArticleIndex.open(dir);
        // No article says "money back", "defective" or "soldi indietro": only a synonym can bridge them.
        index.rebuild(List.of(
                article(REFUND, "en", "How long a refund takes", "We refund to the original card within 5 days."),
                article(
                        FAULTY,
                        "en",
                        "Returning a faulty product",
                        "If a product stops working, we repair or replace it."),
                article(RIMBORSO, "it", "Tempi di rimborso", "Il rimborso arriva sulla carta entro 5 giorni.")));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void phraseSynonymFindsTheArticleOnlyWithTheSynonym() {
        index.useSynonyms(SynonymSet.empty());
        assertFalse(ids(index.search(SearchRequest.of("money back"))).contains(REFUND));

        index.useSynonyms(SynonymSet.parse("[en]\nrefund, money back, reimbursement"));
        assertEquals(List.of(REFUND), ids(index.search(SearchRequest.of("money back"))));
        assertEquals(List.of(REFUND), ids(index.search(SearchRequest.of("when do I get my reimbursements?"))));
    }

    @Test
    void swappingTheSetChangesTheNextSearchWithoutReindexing() {
        index.useSynonyms(SynonymSet.parse("broken, defective, faulty"));
        assertEquals(List.of(FAULTY), ids(index.search(SearchRequest.of("defective"))));

        index.useSynonyms(SynonymSet.parse("refund, defective"));
        assertEquals(List.of(REFUND), ids(index.search(SearchRequest.of("defective"))));

        index.useSynonyms(SynonymSet.empty());
        assertTrue(index.search(SearchRequest.of("defective")).hits().isEmpty());
    }

    @Test
    void groupsApplyToTheirLanguageOnly() {
        index.useSynonyms(SynonymSet.parse("[it]\nrimborso, soldi indietro\n[en]\nrefund, reimbursement"));

        assertEquals(List.of(RIMBORSO), ids(index.search(new SearchRequest("soldi indietro", "it", 10, 0))));
        assertTrue(index.search(new SearchRequest("soldi indietro", "en", 10, 0))
                .hits()
                .isEmpty());
    }

    @Test
    void synonymMatchIsHighlighted() {
        index.useSynonyms(SynonymSet.parse("refund, money back"));

        String snippet =
                index.search(SearchRequest.of("money back")).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>refund</mark>"), snippet);
    }

    @Test
    void newIndexUsesTheShippedDefaults() {
        assertEquals(SynonymSet.defaults(), index.synonyms());
        assertTrue(SynonymSet.defaults().groups("en").stream()
                .anyMatch(g -> g.containsAll(List.of("refund", "money back"))));
        assertTrue(SynonymSet.defaults().groups("it").stream()
                .anyMatch(g -> g.containsAll(List.of("rimborso", "soldi indietro"))));
        assertTrue(ids(index.search(SearchRequest.of("money back"))).contains(REFUND));
    }

    @Test
    void parseKeepsCommentsOutAndSharedGroupsInEveryLanguage() {
        SynonymSet set = SynonymSet.parse("# shared\nWi-Fi ,  wifi\n\n[en]\nbroken, faulty\n[it]\nrotto, guasto\n");

        assertEquals(List.of(List.of("wi-fi", "wifi"), List.of("broken", "faulty")), set.groups("en"));
        assertEquals(List.of(List.of("wi-fi", "wifi"), List.of("rotto", "guasto")), set.groups("it"));
        assertEquals(List.of(), set.groups("fr"));
    }

    @Test
    void badLinesAreRejectedNamingTheLine() {
        assertBad("refund, money back\nrefund", "line 2 \"refund\"");
        assertBad("[fr]\nremboursement, argent", "line 1 \"[fr]\"");
        assertBad("[en\nrefund, money back", "line 1");
        assertBad("refund,, money back", "line 1");
        assertBad("refund, Refund", "at least two different terms");
        assertBad("refund, " + "x".repeat(SynonymSet.MAX_TERM_LENGTH + 1), "longer than");
    }

    @Test
    void termsThatAnalyseToNothingAreIgnored() {
        index.useSynonyms(SynonymSet.parse("the, refund"));

        assertTrue(index.search(SearchRequest.of("the")).hits().isEmpty());
    }

    private static void assertBad(String text, String expectedInMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SynonymSet.parse(text));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    private static ArticleDocument article(long id, String language, String title, String body) {
        return new ArticleDocument(id, title, body, language, "", List.of(), List.of(), Instant.EPOCH);
    }
}
