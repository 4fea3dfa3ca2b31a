package org.caredesk.kb;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * {@link DirectSpellChecker} with the same answers, found from {@link NearTerms} instead of the
 * Levenshtein automata it builds for every word (one for one edit, then two more for two edits:
 * most of the cost of correcting a typo never seen before). What the checker does with the words
 * its automaton enumerates is replayed step by step, so that the same words are kept, in the same
 * order; too many words under one first letter, or a distance measure other than the default, go
 * to Lucene.
 */
final class ScanningSpellChecker extends DirectSpellChecker {

    private final int budget;

    ScanningSpellChecker(int budget) {
        this.budget = budget;
    }

    @Override
    protected Collection<ScoreTerm> suggestSimilar(
            Term term, int numSug, IndexReader ir, int docfreq, int editDistance, float accuracy, CharsRefBuilder spare)
            throws IOException {
        String word = term.text();
        int length = word.codePointCount(0, word.length());
        int prefix = Math.max(getMinPrefix(), editDistance - 1);
        List<NearTerms.Near> near = getDistance() != INTERNAL_LEVENSHTEIN || editDistance == 0 || prefix >= length
                ? null
                : NearTerms.find(ir, term.field(), word, editDistance, prefix, budget);
        if (near == null) {
            return super.suggestSimilar(term, numSug, ir, docfreq, editDistance, accuracy, spare);
        }
        return replay(near, new BytesRef(word), length, numSug, docfreq, accuracy);
    }

    /**
     * The checker's loop over its fuzzy enumeration, which yields the words in term order. (The
     * enumeration also stops looking two edits away once the queue is full of closer words; every
     * word that skips would have been turned away as no better than the queue's worst anyway.)
     */
    private static Collection<ScoreTerm> replay(
            List<NearTerms.Near> near, BytesRef typed, int length, int numSug, int docfreq, float accuracy) {
        PriorityQueue<ScoreTerm> queue = new PriorityQueue<>();
        ScoreTerm next = new ScoreTerm();
        for (NearTerms.Near candidate : near) {
            float score = FuzzyExpansion.boost(candidate, length);
            int freq = candidate.states().docFreq();
            if ((queue.size() >= numSug && score <= queue.peek().boost)
                    || typed.bytesEquals(candidate.term())
                    || freq <= docfreq
                    || score < accuracy) {
                continue;
            }
            next.term = candidate.term();
            next.boost = score;
            next.docfreq = freq;
            next.termAsString = null;
            next.score = score;
            queue.offer(next);
            next = queue.size() > numSug ? queue.poll() : new ScoreTerm();
        }
        return queue;
    }
}
