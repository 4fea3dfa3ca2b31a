package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typo expansion without automata gives exactly what Lucene's FuzzyQuery rewrite gives. */
class FuzzyExpansionTest {

    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        reader = RandomVocabulary.index(new Random(7), 3_000);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void sameWordsWeightsAndScoresAsLucene() throws IOException {
        Random random = new Random(11);
        FuzzyExpansion expansion = new FuzzyExpansion();
        for (int round = 0; round < 300; round++) {
            String word = RandomVocabulary.word(random, 2, 9);
            int maxEdits = 1 + random.nextInt(2);
            int prefix = random.nextInt(3);
            int expansions = 1 + random.nextInt(12);
            FuzzyQuery fuzzy =
                    new FuzzyQuery(new Term(RandomVocabulary.FIELD, word), maxEdits, prefix, expansions, true);

            assertSame(searcher.rewrite(fuzzy), expansion.rewrite(searcher, fuzzy), fuzzy.toString());
        }
    }

    @Test
    void tooManyWordsUnderOneStartGoesToLucene() throws IOException {
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(RandomVocabulary.FIELD, "abcdab"), 2, 1, 10, true);

        assertSame(searcher.rewrite(fuzzy), new FuzzyExpansion(5).rewrite(searcher, fuzzy), fuzzy.toString());
    }

    @Test
    void expandsToBlendedWordsInTermOrder() throws IOException {
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(RandomVocabulary.FIELD, "abcdab"), 2, 1, 10, true);

        Query rewritten = new FuzzyExpansion().rewrite(searcher, fuzzy);

        BooleanQuery words = assertInstanceOf(BooleanQuery.class, rewritten);
        assertEquals(10, words.clauses().size());
    }

    private static void assertSame(Query expected, Query actual, String what) throws IOException {
        assertEquals(expected.toString(), actual.toString(), what);
        assertEquals(expected, actual, what);
        // Equal queries may still score differently: TermQuery equality ignores the blended frequencies.
        TopDocs wanted = searcher.search(expected, 50);
        TopDocs got = searcher.search(actual, 50);
        assertEquals(wanted.totalHits, got.totalHits, what);
        assertArrayEquals(docs(wanted), docs(got), what);
        assertArrayEquals(scores(wanted), scores(got), what);
        // The blended statistics themselves, term by term.
        if (expected instanceof BooleanQuery bq) {
            for (int i = 0; i < bq.clauses().size(); i++) {
                assertEquals(
                        stats(bq.clauses().get(i).getQuery()),
                        stats(((BooleanQuery) actual).clauses().get(i).getQuery()),
                        what);
            }
        }
    }

    private static String stats(Query clause) {
        Query inner = clause;
        while (!(inner instanceof TermQuery)) {
            inner = inner instanceof BoostQuery boosted ? boosted.getQuery() : ((ConstantScoreQuery) inner).getQuery();
        }
        TermQuery term = (TermQuery) inner;
        var states = term.getTermStates();
        return term.getTerm() + " df=" + (states == null ? -1 : states.docFreq()) + " ttf="
                + (states == null ? -1 : states.totalTermFreq());
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    private static float[] scores(TopDocs top) {
        float[] scores = new float[top.scoreDocs.length];
        for (int i = 0; i < scores.length; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            scores[i] = doc.score;
        }
        return scores;
    }
}
