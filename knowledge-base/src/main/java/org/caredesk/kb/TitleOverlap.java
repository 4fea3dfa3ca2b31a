package org.caredesk.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * How much a query and a help title say the same thing: their content stems (question words such
 * as "how can I" left out) and the Dice overlap of two such sets. A help title is a question, and a
 * query that rewords it shares most of its words <em>and</em> leaves few of the title's unmatched.
 * One of the measures {@link MatchFeatures} gives the second stage ({@link SecondStage}).
 */
final class TitleOverlap {

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
        return new HashSet<>(orderedContentStems(language, text));
    }

    /** The content stems in the order written, repeats kept. */
    List<String> orderedContentStems(Language language, String text) {
        List<String> stems = new ArrayList<>();
        for (AnalyzedTerm term :
                TermAnalysis.analyze(analyzer, ArticleFields.body(language), text, ArticleQueryBuilder.MAX_TERMS)) {
            if (!questionWords.contains(language, term.text())) {
                stems.add(term.text());
            }
        }
        return stems;
    }

    /** A hit's answer analysed as its body was indexed (stop words and question words kept). */
    AnswerTerms answerTerms(StoredHits.Stored hit) {
        return hit.answer()
                .get(() -> new AnswerTerms(TermAnalysis.analyze(
                        analyzer, ArticleFields.body(hit.language()), hit.body(), AnswerTerms.MAX_TERMS)));
    }
}
