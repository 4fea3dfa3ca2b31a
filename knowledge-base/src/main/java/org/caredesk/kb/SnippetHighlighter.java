package org.caredesk.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;

/**
 * Cuts a ~{@value #SNIPPET_LENGTH}-character snippet around the best match in an article body.
 *
 * <p>The match positions come straight from the offsets stored in the body's postings (see
 * {@link ArticleMapper}): no body is re-analysed, and each query term is looked up once per index
 * segment for the whole page. Lucene's {@code UnifiedHighlighter} did the same job with a weight
 * built from the whole query and a break iterator run over every body, which cost more than the
 * search itself. The passage is the window with the most distinct query terms, centred on them
 * and cut at spaces; every body term of the (rewritten) query counts, so stems, synonyms and the
 * words a typo was expanded to are all marked, except question and stop words ({@link QuestionWords}).
 */
final class SnippetHighlighter {

    static final int SNIPPET_LENGTH = 200;
    /** A body that repeats a query word thousands of times need not be read to the end. */
    private static final int MAX_MATCHES = 512;

    private final MarkPassageFormatter formatter = new MarkPassageFormatter();
    private final QuestionWords questionWords;

    /** {@code questionWords} are not marked ("my", "from"), unless the query holds nothing else. */
    SnippetHighlighter(QuestionWords questionWords) {
        this.questionWords = questionWords;
    }

    /**
     * One snippet per hit, in the order of {@code docIds}; null where the body has no match (the
     * caller then falls back to {@link #opening}). {@code bodyFields[i]} names the body field of
     * hit i and {@code bodies[i]} holds its stored text.
     */
    String[] highlight(IndexReader reader, Query query, int[] docIds, String[] bodyFields, String[] bodies)
            throws IOException {
        Map<String, List<BytesRef>> terms = withoutQuestionWords(bodyTerms(query));
        List<List<int[]>> matches = matches(reader, terms, docIds, bodyFields);
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            if (!matches.get(i).isEmpty() && bodies[i] != null) {
                snippets[i] = formatter.format(new Passage[] {passage(matches.get(i), bodies[i])}, bodies[i]);
            }
        }
        return snippets;
    }

    /** The terms per body field that the query can match; what a query must not match is not marked. */
    private static Map<String, List<BytesRef>> bodyTerms(Query query) {
        Map<String, Set<BytesRef>> terms = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return field.startsWith("body_");
            }

            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term term : found) {
                    if (acceptField(term.field())) {
                        terms.computeIfAbsent(term.field(), f -> new LinkedHashSet<>())
                                .add(term.bytes());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        Map<String, List<BytesRef>> lists = new HashMap<>();
        terms.forEach((field, set) -> lists.put(field, List.copyOf(set)));
        return lists;
    }

    /**
     * The terms without the words that only say how a question is asked: marking "my" and "from"
     * all over a snippet hides the words that matter. A field whose terms are all such words keeps them.
     */
    private Map<String, List<BytesRef>> withoutQuestionWords(Map<String, List<BytesRef>> terms) {
        Map<String, List<BytesRef>> kept = new HashMap<>();
        terms.forEach((field, list) -> {
            Language language =
                    Language.fromCode(field.substring(field.indexOf('_') + 1)).orElse(null);
            List<BytesRef> content = language == null
                    ? list
                    : list.stream()
                            .filter(term -> !questionWords.contains(language, term.utf8ToString()))
                            .toList();
            kept.put(field, content.isEmpty() ? list : content);
        });
        return kept;
    }

    /**
     * Per hit, its matches as {start, end, term number}, sorted by start. Hits are visited in doc
     * order within each segment so that one postings list per term and segment serves them all.
     */
    private static List<List<int[]>> matches(
            IndexReader reader, Map<String, List<BytesRef>> terms, int[] docIds, String[] bodyFields)
            throws IOException {
        List<List<int[]>> matches = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            matches.add(new ArrayList<>());
        }
        Integer[] order = new Integer[docIds.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
        List<LeafReaderContext> leaves = reader.leaves();
        PostingsEnum postings = null;
        int from = 0;
        while (from < order.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[order[from]], leaves));
            int to = from;
            while (to < order.length
                    && docIds[order[to]] < leaf.docBase + leaf.reader().maxDoc()) {
                to++;
            }
            for (Map.Entry<String, List<BytesRef>> field : terms.entrySet()) {
                Terms fieldTerms = leaf.reader().terms(field.getKey());
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum termsEnum = fieldTerms.iterator();
                for (int t = 0; t < field.getValue().size(); t++) {
                    if (!termsEnum.seekExact(field.getValue().get(t))) {
                        continue;
                    }
                    postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
                    for (int k = from; k < to; k++) {
                        int hit = order[k];
                        if (!field.getKey().equals(bodyFields[hit])) {
                            continue;
                        }
                        int doc = docIds[hit] - leaf.docBase;
                        int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                        if (at == DocIdSetIterator.NO_MORE_DOCS) {
                            break;
                        }
                        if (at == doc) {
                            List<int[]> found = matches.get(hit);
                            for (int p = postings.freq(); p > 0 && found.size() < MAX_MATCHES; p--) {
                                postings.nextPosition();
                                found.add(new int[] {postings.startOffset(), postings.endOffset(), t});
                            }
                        }
                    }
                }
            }
            from = to;
        }
        for (List<int[]> found : matches) {
            found.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> m[1]));
        }
        return matches;
    }

    /** The window of about {@value #SNIPPET_LENGTH} characters that holds the most distinct terms. */
    private static Passage passage(List<int[]> matches, String body) {
        int bestFirst = 0;
        int bestLast = 0;
        int bestScore = -1;
        int last = 0;
        for (int first = 0; first < matches.size(); first++) {
            last = Math.max(last, first);
            while (last + 1 < matches.size() && matches.get(last + 1)[1] - matches.get(first)[0] <= SNIPPET_LENGTH) {
                last++;
            }
            int score = score(matches, first, last);
            if (score > bestScore) {
                bestScore = score;
                bestFirst = first;
                bestLast = last;
            }
        }
        int start = matches.get(bestFirst)[0];
        int end = Math.max(matches.get(bestLast)[1], matches.get(bestFirst)[1]);
        // Centre the matches in the window, then cut at spaces so no word is split.
        int windowStart = Math.max(0, start - Math.max(0, SNIPPET_LENGTH - (end - start)) / 2);
        int windowEnd = Math.min(body.length(), Math.max(end, windowStart + SNIPPET_LENGTH));
        windowStart = Math.max(0, Math.min(windowStart, windowEnd - SNIPPET_LENGTH));
        if (windowStart > 0 && body.charAt(windowStart - 1) != ' ') {
            int space = body.indexOf(' ', windowStart);
            windowStart = space >= 0 && space < start ? space + 1 : start;
        }
        if (windowEnd < body.length() && body.charAt(windowEnd) != ' ') {
            int space = body.lastIndexOf(' ', windowEnd);
            windowEnd = space >= end ? space : end;
        }

        Passage passage = new Passage();
        passage.setStartOffset(windowStart);
        passage.setEndOffset(windowEnd);
        for (int[] match : matches) {
            if (match[0] >= windowStart && match[1] <= windowEnd) {
                passage.addMatch(match[0], match[1], null, 1);
            }
        }
        return passage;
    }

    /** Distinct terms count most; repeats break ties. */
    private static int score(List<int[]> matches, int first, int last) {
        long seen = 0;
        int distinct = 0;
        for (int i = first; i <= last; i++) {
            long bit = 1L << (matches.get(i)[2] & 63);
            if ((seen & bit) == 0) {
                seen |= bit;
                distinct++;
            }
        }
        return distinct * 1_000 + (last - first + 1);
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
