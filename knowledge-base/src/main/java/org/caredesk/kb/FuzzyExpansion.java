package org.caredesk.kb;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites a {@link FuzzyQuery} to the indexed words it matches, with the same words, weights and
 * blended frequencies as Lucene's own rewrite, but from {@link NearTerms} instead of Levenshtein
 * automata built afresh for every query and field (the bulk of a never-seen typo's cost). Lucene's
 * rule, reproduced: a word {@code e} edits away weighs {@code 1 - e / min(its length, the typed
 * word's length)} (1 for the word itself); the best {@code maxExpansions} by weight, ties to the
 * word first in term order, make a {@link BlendedTermQuery} in term order. Queries this cannot
 * reproduce, and words with too many neighbours to read, go to Lucene.
 */
final class FuzzyExpansion {

    private static final Comparator<Weighted> BEST_FIRST = Comparator.comparingDouble((Weighted w) -> -w.boost())
            .thenComparing(w -> w.near().term());

    private final int budget;

    FuzzyExpansion() {
        this(NearTerms.READ_BUDGET);
    }

    FuzzyExpansion(int budget) {
        this.budget = budget;
    }

    private record Weighted(NearTerms.Near near, float boost) {}

    /** The rewritten query, as {@code searcher.rewrite(fuzzy)} would return it. */
    Query rewrite(IndexSearcher searcher, FuzzyQuery fuzzy) throws IOException {
        if (!(fuzzy.getRewriteMethod() instanceof MultiTermQuery.TopTermsBlendedFreqScoringRewrite top)
                || !fuzzy.getTranspositions()
                || fuzzy.getMaxEdits() == 0) {
            return searcher.rewrite(fuzzy);
        }
        Term term = fuzzy.getTerm();
        String word = term.text();
        int length = word.codePointCount(0, word.length());
        if (fuzzy.getPrefixLength() >= length) {
            return searcher.rewrite(fuzzy); // Lucene matches the word itself only
        }
        List<NearTerms.Near> near = NearTerms.find(
                searcher.getIndexReader(), term.field(), word, fuzzy.getMaxEdits(), fuzzy.getPrefixLength(), budget);
        if (near == null) {
            return searcher.rewrite(fuzzy);
        }
        int expansions = Math.min(top.getSize(), IndexSearcher.getMaxClauseCount());
        List<Weighted> best = near.stream()
                .map(n -> new Weighted(n, boost(n, length)))
                .sorted(BEST_FIRST)
                .limit(expansions)
                .sorted(Comparator.comparing(w -> w.near().term()))
                .toList();
        BlendedTermQuery.Builder blended =
                new BlendedTermQuery.Builder().setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
        for (Weighted w : best) {
            // Lucene ranks by the raw weight but never adds a negative one.
            blended.add(
                    new Term(term.field(), w.near().term()),
                    Math.max(0f, w.boost()),
                    w.near().states());
        }
        return searcher.rewrite(blended.build());
    }

    /** As Lucene's FuzzyTermsEnum computes it, in float arithmetic. */
    static float boost(NearTerms.Near near, int typedLength) {
        if (near.edits() == 0) {
            return 1.0f; // the word itself: same start, nothing edited after it
        }
        return 1.0f - (float) near.edits() / (float) Math.min(near.codePoints(), typedLength);
    }
}
