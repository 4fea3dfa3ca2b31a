package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spelling corrections without automata are exactly Lucene's DirectSpellChecker's. */
class ScanningSpellCheckerTest {

    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        reader = RandomVocabulary.index(new Random(3), 3_000);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void sameSuggestionsAsLucene() throws IOException {
        Random random = new Random(5);
        int differentFromFirst = 0;
        for (float accuracy : new float[] {0.5f, 0.6f, 0.8f}) {
            DirectSpellChecker lucene = new DirectSpellChecker();
            DirectSpellChecker scanning = new ScanningSpellChecker(NearTerms.READ_BUDGET);
            lucene.setAccuracy(accuracy);
            scanning.setAccuracy(accuracy);
            for (int round = 0; round < 300; round++) {
                Term word = new Term(RandomVocabulary.FIELD, RandomVocabulary.word(random, 3, 10));
                for (int wanted : new int[] {1, 3}) {
                    for (SuggestMode mode : SuggestMode.values()) {
                        String expected = describe(lucene.suggestSimilar(word, wanted, reader, mode));
                        assertEquals(
                                expected,
                                describe(scanning.suggestSimilar(word, wanted, reader, mode)),
                                word + " " + wanted + " " + mode + " " + accuracy);
                        if (!expected.equals("[]")) {
                            differentFromFirst++;
                        }
                    }
                }
            }
        }
        assertTrue(differentFromFirst > 500, "too few words had suggestions to compare: " + differentFromFirst);
    }

    @Test
    void tooManyWordsUnderOneStartGoesToLucene() throws IOException {
        Term word = new Term(RandomVocabulary.FIELD, "abcdabe");
        String expected = describe(new DirectSpellChecker().suggestSimilar(word, 3, reader));

        assertEquals(expected, describe(new ScanningSpellChecker(5).suggestSimilar(word, 3, reader)));
    }

    private static String describe(SuggestWord[] words) {
        return Arrays.toString(Arrays.stream(words)
                .map(w -> w.string + "/" + w.score + "/" + w.freq)
                .toArray());
    }
}
