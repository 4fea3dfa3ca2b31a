package org.caredesk.kb;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.ScoreDoc;

/**
 * The second stage of a search: re-orders the first {@value #DEPTH} hits by how much the query and
 * the title say the same thing. A help title is a question, and a query that is a rewording of it
 * shares most of its words <em>and</em> leaves few of the title's words unmatched, which BM25 (a
 * sum over the query's words) does not see. New score: the hit's share of the top score plus
 * {@value #WEIGHT} × the Dice overlap of the two sets of content stems (question words left out).
 *
 * <p>One weight, measured on the public FAQ collections (docs/benchmarks.md), each half of the
 * queries apart: 0.1, 0.2 and 0.3 all gave Italian MRR@10 0.519 (0.514 without), English 0.862–0.864
 * (0.864 without); 1.0 lost on both.
 */
final class TitleOverlap {

    static final int DEPTH = 10;
    static final float WEIGHT = 0.2f;

    private final Analyzer analyzer;
    private final QuestionWords questionWords;

    TitleOverlap(Analyzer analyzer, QuestionWords questionWords) {
        this.analyzer = analyzer;
        this.questionWords = questionWords;
    }

    /** The stored hit (for its language and title) of a document. */
    @FunctionalInterface
    interface Hits {
        StoredHits.Stored get(int doc) throws IOException;
    }

    /** Re-orders {@code top} (best first, as collected) in place; past {@value #DEPTH} nothing moves. */
    void rerank(String query, ScoreDoc[] top, Hits hits) throws IOException {
        int n = Math.min(DEPTH, top.length);
        if (n < 2 || top[0].score <= 0) {
            return;
        }
        float best = top[0].score;
        Map<Language, Set<String>> queryStems = new EnumMap<>(Language.class);
        for (int i = 0; i < n; i++) {
            StoredHits.Stored hit = hits.get(top[i].doc);
            Set<String> asked = queryStems.computeIfAbsent(hit.language(), language -> contentStems(language, query));
            double overlap = dice(asked, contentStems(hit.language(), hit.title()));
            top[i] = new ScoreDoc(top[i].doc, (float) (top[i].score / best + WEIGHT * overlap), top[i].shardIndex);
        }
        // Stable: equal scores keep the first stage's order.
        Arrays.sort(top, 0, n, (a, b) -> Float.compare(b.score, a.score));
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String stem : a) {
            if (b.contains(stem)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    Set<String> contentStems(Language language, String text) {
        Set<String> stems = new HashSet<>();
        for (AnalyzedTerm term : TermAnalysis.analyze(analyzer, ArticleFields.body(language), text,
                ArticleQueryBuilder.MAX_TERMS)) {
            if (!questionWords.contains(language, term.text())) {
                stems.add(term.text());
            }
        }
        return stems;
    }
}
