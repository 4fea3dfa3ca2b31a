package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    private static int distance(String a, String b, int max) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return EditDistance.atMost(x, 0, x.length, y, 0, y.length, max);
    }

    @Test
    void countsEachKindOfEditOnce() {
        assertEquals(0, distance("refund", "refund", 2));
        assertEquals(1, distance("refund", "refnd", 2)); // deletion
        assertEquals(1, distance("refund", "refuund", 2)); // insertion
        assertEquals(1, distance("refund", "rafund", 2)); // substitution
        assertEquals(1, distance("refund", "refnud", 2)); // neighbours swapped
        assertEquals(2, distance("warranty", "warrenyt", 2)); // substitution and swap
        assertEquals(3, distance("ca", "abc", 3)); // no letter edited twice, unlike true Damerau (2)
    }

    @Test
    void stopsPastTheLimit() {
        assertEquals(2, distance("kettle", "battery", 1));
        assertEquals(3, distance("ab", "abcdefg", 2));
        assertEquals(2, distance("", "xy", 2));
    }

    @Test
    void measuresCodePointsNotChars() {
        assertEquals(1, distance("perché", "perche", 2));
        assertEquals(1, distance("a\uD83D\uDE00b", "ab", 2)); // an emoji is one letter
    }

    @Test
    void agreesWithLuceneLevenshteinAutomata() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            String word = RandomVocabulary.word(random, 0, 7);
            int[] points = word.codePoints().toArray();
            CharacterRunAutomaton[] within = new CharacterRunAutomaton[3];
            for (int k = 0; k < 3; k++) {
                within[k] = new CharacterRunAutomaton(
                        new LevenshteinAutomata(points, Character.MAX_CODE_POINT, true).toAutomaton(k));
            }
            for (int other = 0; other < 40; other++) {
                String candidate = RandomVocabulary.word(random, 0, 9);
                int expected = 3;
                for (int k = 2; k >= 0; k--) {
                    if (within[k].run(candidate)) {
                        expected = k;
                    }
                }
                assertEquals(expected, distance(word, candidate, 2), word + " / " + candidate);
            }
        }
    }
}
