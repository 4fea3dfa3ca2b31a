package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TitleOverlapTest {

    private final Analyzer analyzer = LanguageAnalyzers.create();
    private final TitleOverlap overlap = new TitleOverlap(analyzer, QuestionWords.load(analyzer));

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void diceCountsTheSharedStemsAgainstBothSets() {
        assertEquals(1.0, TitleOverlap.dice(Set.of("a", "b"), Set.of("b", "a")), 1e-9);
        assertEquals(2.0 * 1 / 5, TitleOverlap.dice(Set.of("a", "b"), Set.of("b", "c", "d")), 1e-9);
        assertEquals(0.0, TitleOverlap.dice(Set.of(), Set.of("a")), 1e-9);
    }

    @Test
    void contentStemsLeaveQuestionWordsOut() {
        assertEquals(Set.of("strikethrough", "text", "mail"),
                overlap.contentStems(Language.EN, "How can I strikethrough text in my mail?"));
    }

    @Test
    void aTitleThatRewordsTheQueryMovesAheadOfAClosePartialMatch() throws IOException {
        Map<Integer, String> titles = Map.of(
                0, "Export mail to text files",
                1, "How do I strikethrough text in mail?");
        ScoreDoc[] top = {new ScoreDoc(0, 10f), new ScoreDoc(1, 9.5f)};

        overlap.rerank("strikethrough text in my mail", top, doc -> stored(doc, titles.get(doc)));

        assertArrayEquals(new int[] {1, 0}, Arrays.stream(top).mapToInt(hit -> hit.doc).toArray());
    }

    @Test
    void aMuchStrongerFirstStageScoreIsNotOverturned() throws IOException {
        Map<Integer, String> titles = Map.of(
                0, "Export mail to text files",
                1, "How do I strikethrough text in mail?");
        ScoreDoc[] top = {new ScoreDoc(0, 10f), new ScoreDoc(1, 5f)};

        overlap.rerank("strikethrough text in my mail", top, doc -> stored(doc, titles.get(doc)));

        assertArrayEquals(new int[] {0, 1}, Arrays.stream(top).mapToInt(hit -> hit.doc).toArray());
    }

    @Test
    void hitsPastTheDepthKeepTheirPlace() throws IOException {
        ScoreDoc[] top = new ScoreDoc[TitleOverlap.DEPTH + 1];
        for (int i = 0; i < top.length; i++) {
            top[i] = new ScoreDoc(i, 100f - i);
        }
        // Only the last one (past the depth) shares the query's words.
        overlap.rerank("strikethrough", top, doc -> stored(doc, doc == TitleOverlap.DEPTH ? "Strikethrough" : "Other"));

        assertEquals(TitleOverlap.DEPTH, top[TitleOverlap.DEPTH].doc);
        assertEquals(100f - TitleOverlap.DEPTH, top[TitleOverlap.DEPTH].score);
    }

    private static StoredHits.Stored stored(int doc, String title) {
        return new StoredHits.Stored(doc, Language.EN, "", title, "");
    }
}
