package org.caredesk.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The indexed words of one field within a few edits of a word and starting as it does, found by
 * reading the words under that start and measuring each ({@link EditDistance}) instead of
 * building a Levenshtein automaton: a help centre's vocabulary holds tens or hundreds of words per
 * first letter, which take microseconds to read, while a two-edit automaton takes about a
 * millisecond to build. Past {@code budget} words under one start the caller is told to use the
 * automaton after all, so a huge vocabulary never costs more than the budget's reading on top.
 */
final class NearTerms {

    /**
     * Words read per field under one start before an automaton is cheaper: reading 4,000 costs a
     * third to a half of what two-edit automata cost, reading 16,000 more (TypoCost, docs/benchmarks.md).
     */
    static final int READ_BUDGET = 4_000;

    /**
     * One indexed word near the given one.
     *
     * @param edits      its edit distance from the word, after the shared start
     * @param codePoints its length in code points
     * @param states     where it is in each segment, with its document frequencies (summed by {@link TermStates#docFreq()})
     */
    record Near(BytesRef term, int edits, int codePoints, TermStates states) {}

    private NearTerms() {}

    /**
     * The words of {@code field} that share the first {@code prefixLength} code points of
     * {@code word} and are at most {@code maxEdits} edits from it after them, in term order; null
     * when more than {@code budget} words share that start (read an automaton instead).
     */
    static List<Near> find(IndexReader reader, String field, String word, int maxEdits, int prefixLength, int budget)
            throws IOException {
        int[] wanted = word.codePoints().toArray();
        int prefix = Math.min(prefixLength, wanted.length);
        BytesRef start = new BytesRef(new String(wanted, 0, prefix));
        Map<BytesRef, Near> found = new HashMap<>();
        IntsRefBuilder decoded = new IntsRefBuilder();
        int read = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum words = terms.iterator();
            if (words.seekCeil(start) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef term = words.term();
                    term != null && StringHelper.startsWith(term, start);
                    term = words.next()) {
                if (++read > budget) {
                    return null;
                }
                // A code point is 1-4 bytes: most words are ruled out by their byte length alone.
                if (term.length < wanted.length - maxEdits || term.length > 4 * (wanted.length + maxEdits)) {
                    continue;
                }
                decoded.grow(term.length);
                int length = UnicodeUtil.UTF8toUTF32(term, decoded.ints());
                int edits =
                        EditDistance.atMost(wanted, prefix, wanted.length, decoded.ints(), prefix, length, maxEdits);
                if (edits <= maxEdits) {
                    Near near = found.get(term);
                    if (near == null) {
                        BytesRef copy = BytesRef.deepCopyOf(term);
                        near = new Near(copy, edits, length, new TermStates(reader.getContext()));
                        found.put(copy, near);
                    }
                    near.states().register(words.termState(), leaf.ord, words.docFreq(), words.totalTermFreq());
                }
            }
        }
        List<Near> sorted = new ArrayList<>(found.values());
        sorted.sort((a, b) -> a.term().compareTo(b.term()));
        return sorted;
    }
}
