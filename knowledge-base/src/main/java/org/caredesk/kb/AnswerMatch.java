package org.caredesk.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How closely one hit's answer and title say what the query asks, beyond which words they share:
 * the query's words in another form (a word that contains the stem or is contained in it:
 * "unfriended" and "friend", "strikethrough" and "strike"), the query's words close together in
 * the answer (where the answer makes the point asked about rather than mentioning its words in
 * passing), and neighbouring query words that stay neighbours. Long answers of many replies name
 * most words somewhere; these measures tell the one that answers from the one that mentions.
 * Four of the features of {@link MatchFeatures}; each an idf-weighted share or a share, 0 to 1.
 */
final class AnswerMatch {

    /** Positions (stop-word gaps counted) within which the query's words count as said together. */
    static final int WINDOW = 20;
    /** Two query neighbours this close in the answer still read as one phrase. */
    static final int PAIR_DISTANCE = 3;
    /** A shorter stem is too often part of unrelated words ("art" in "start"). */
    static final int MIN_FORM_LENGTH = 4;

    private final List<String> stems;
    private final double[] idf;
    private final double totalIdf;
    private final Map<String, Integer> index = new HashMap<>();
    /** Index pairs of the query's neighbouring distinct content stems, in the order typed. */
    private final int[][] pairs;

    /**
     * @param stems   the query's distinct content stems
     * @param idf     their idf, in the same order
     * @param ordered the query's content stems in the order typed, repeats kept
     */
    AnswerMatch(List<String> stems, double[] idf, double totalIdf, List<String> ordered) {
        this.stems = stems;
        this.idf = idf;
        this.totalIdf = totalIdf;
        for (int q = 0; q < stems.size(); q++) {
            index.put(stems.get(q), q);
        }
        this.pairs = ordered.isEmpty()
                ? new int[0][]
                : java.util.stream.IntStream.range(0, ordered.size() - 1)
                        .mapToObj(i -> new int[] {index.get(ordered.get(i)), index.get(ordered.get(i + 1))})
                        .filter(p -> p[0] != p[1])
                        .toArray(int[][]::new);
    }

    /** Fills {@code f[inBody]}, {@code f[inTitle]}, {@code f[window]} and {@code f[pairsNear]}. */
    void fill(AnswerTerms answer, Set<String> title, double[] f, int inBody, int inTitle, int window, int pairsNear) {
        if (totalIdf <= 0) {
            return;
        }
        double body = 0;
        double inTitleShare = 0;
        for (int q = 0; q < stems.size(); q++) {
            if (answer.hasForm(stems.get(q), MIN_FORM_LENGTH)) {
                body += idf[q];
            }
            if (hasForm(stems.get(q), title)) {
                inTitleShare += idf[q];
            }
        }
        f[inBody] = body / totalIdf;
        f[inTitle] = inTitleShare / totalIdf;

        // The query stems' occurrences in the answer, in answer order: few, however long the answer.
        List<long[]> occurrences = new ArrayList<>();
        for (int q = 0; q < stems.size(); q++) {
            for (int at : answer.positions(stems.get(q))) {
                occurrences.add(new long[] {at, q});
            }
        }
        occurrences.sort(Comparator.comparingLong(o -> o[0]));
        int[] last = new int[stems.size()];
        Arrays.fill(last, Integer.MIN_VALUE / 2);
        boolean[] pairNear = new boolean[pairs.length];
        double best = 0;
        for (long[] occurrence : occurrences) {
            int at = (int) occurrence[0];
            int q = (int) occurrence[1];
            last[q] = at;
            double together = 0;
            for (int k = 0; k < last.length; k++) {
                if (at - last[k] < WINDOW) {
                    together += idf[k];
                }
            }
            best = Math.max(best, together);
            for (int p = 0; p < pairs.length; p++) {
                int other = pairs[p][0] == q ? pairs[p][1] : pairs[p][1] == q ? pairs[p][0] : -1;
                if (other >= 0 && at - last[other] <= PAIR_DISTANCE) {
                    pairNear[p] = true;
                }
            }
        }
        f[window] = best / totalIdf;
        int near = 0;
        for (int p = 0; p < pairs.length; p++) {
            if (pairNear[p] || (title.contains(stems.get(pairs[p][0])) && title.contains(stems.get(pairs[p][1])))) {
                near++;
            }
        }
        f[pairsNear] = pairs.length == 0 ? 0 : (double) near / pairs.length;
    }

    /** The stem itself, or a word of at least four letters that contains it or that it contains. */
    static boolean hasForm(String stem, Set<String> words) {
        if (words.contains(stem)) {
            return true;
        }
        if (stem.length() < MIN_FORM_LENGTH) {
            return false;
        }
        for (String word : words) {
            if (word.length() >= MIN_FORM_LENGTH && (word.contains(stem) || stem.contains(word))) {
                return true;
            }
        }
        return false;
    }
}
