package org.caredesk.kb;

/**
 * Edit distance between two words as Lucene's Levenshtein automata with transpositions count it
 * (insertions, deletions, substitutions, and swapping two neighbouring letters, each one edit,
 * no letter edited twice: the "optimal string alignment" distance), over code points.
 * Computing it for a few hundred candidate words costs microseconds, where building the automaton
 * for a two-edit word costs about a millisecond.
 */
final class EditDistance {

    private EditDistance() {}

    /**
     * The distance between {@code a[aFrom..]} and {@code b[bFrom..]}, or {@code max + 1} as soon as it
     * is known to exceed {@code max}.
     */
    static int atMost(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int max) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int beyond = max + 1;
        if (Math.abs(n - m) > max) {
            return beyond;
        }
        // Only cells within max of the diagonal can stay within max edits: the rest count as beyond.
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : beyond;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[from - 1] = from == 1 && i <= max ? i : beyond;
            if (to < m) {
                current[to + 1] = beyond;
            }
            int rowMin = current[from - 1];
            int ai = a[aFrom + i - 1];
            for (int j = from; j <= to; j++) {
                int bj = b[bFrom + j - 1];
                int cost = ai == bj ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[bFrom + j - 2] && a[aFrom + i - 2] == bj) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = Math.min(d, beyond);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return beyond;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], beyond);
    }
}
