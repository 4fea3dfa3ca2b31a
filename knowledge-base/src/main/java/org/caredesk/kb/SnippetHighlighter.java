package org.caredesk.kb;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Cuts a ~{@value #SNIPPET_LENGTH}-character snippet around the best match in an article body. */
final class SnippetHighlighter {

    static final int SNIPPET_LENGTH = 200;
    /** Bodies longer than this are only highlighted in their first part; help articles rarely are. */
    private static final int MAX_ANALYZED_LENGTH = 20_000;

    private final Analyzer analyzer;
    private final String[] bodyFields;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.bodyFields = Arrays.stream(Language.values()).map(ArticleFields::body).toArray(String[]::new);
    }

    /**
     * One snippet per document, in the order of {@code docIds}; null where the body does not match
     * (the caller then falls back to {@link #opening}).
     */
    String[] highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkPassageFormatter())
                // Word boundaries, grown to about the goal length and centred on the match: a
                // sentence-based passage could be a paragraph long.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_ANALYZED_LENGTH)
                .build();
        int[] onePassage = new int[bodyFields.length];
        Arrays.fill(onePassage, 1);
        Map<String, String[]> byField = highlighter.highlightFields(bodyFields, query, docIds, onePassage);

        // Each article has a body in exactly one language, so at most one field has a snippet.
        String[] snippets = new String[docIds.length];
        for (String[] fieldSnippets : byField.values()) {
            for (int i = 0; i < snippets.length; i++) {
                if (snippets[i] == null && fieldSnippets[i] != null && !fieldSnippets[i].isEmpty()) {
                    snippets[i] = fieldSnippets[i];
                }
            }
        }
        return snippets;
    }

    /** The escaped start of the body, cut at a word boundary: the snippet when no body word matched. */
    static String opening(String body) {
        if (body.length() <= SNIPPET_LENGTH) {
            return Html.escape(body);
        }
        int cut = body.lastIndexOf(' ', SNIPPET_LENGTH);
        if (cut < SNIPPET_LENGTH / 2) {
            cut = Character.isHighSurrogate(body.charAt(SNIPPET_LENGTH - 1)) ? SNIPPET_LENGTH - 1 : SNIPPET_LENGTH;
        }
        return Html.escape(body.substring(0, cut).strip()) + " " + MarkPassageFormatter.ELLIPSIS;
    }
}
