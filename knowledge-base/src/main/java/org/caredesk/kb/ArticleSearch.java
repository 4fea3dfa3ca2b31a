package org.caredesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/** Runs one {@link SearchRequest} against one point-in-time searcher and assembles the page. */
final class ArticleSearch {

    private final ArticleQueryBuilder queries;
    private final SnippetHighlighter highlighter;
    private final SpellingSuggester speller;
    private final SecondStage secondStage;
    private final VocabularyMemo<Query, Query> fuzzyExpansions = new VocabularyMemo<>();
    private final StoredHits storedHits = new StoredHits();
    private final FuzzyExpansion fuzzyExpansion = new FuzzyExpansion();

    ArticleSearch(Analyzer analyzer) {
        QuestionWords questionWords = QuestionWords.load(analyzer);
        this.queries = new ArticleQueryBuilder(analyzer, questionWords);
        this.secondStage = new SecondStage(new MatchFeatures(new TitleOverlap(analyzer, questionWords)));
        this.highlighter = new SnippetHighlighter(questionWords);
        this.speller = new SpellingSuggester(analyzer);
    }

    SearchResult search(IndexSearcher searcher, SearchRequest request, QuerySynonyms synonyms) throws IOException {
        Set<Language> languages = languages(request.language());
        IndexReader reader = searcher.getIndexReader();
        // Collect only as deep as the page needs, never more than there are documents, and count
        // every hit exactly (the default stops counting at 1,000) so that the total is right.
        // At least as deep as the second stage re-orders, so that every page sees the same order.
        Optional<FirstStage> first = firstStage(
                searcher, request, synonyms, Math.max(SecondStage.DEPTH, (long) request.offset() + request.limit()));
        if (first.isEmpty()) {
            return SearchResult.empty();
        }
        TopDocs top = first.get().top();
        Query rewritten = first.get().query();
        Facets facets = first.get().facets();
        secondStage.rerank(searcher, request.query(), top.scoreDocs, doc -> storedHits.get(reader, doc));
        int end = (int) Math.min(top.scoreDocs.length, (long) request.offset() + request.limit());
        ScoreDoc[] page =
                request.offset() >= end ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs, request.offset(), end);

        List<SearchHit> hits = hits(searcher, rewritten, page);
        String suggestion = speller.suggest(searcher.getIndexReader(), request.query(), languages);
        return new SearchResult(top.totalHits.value, hits, suggestion, facets);
    }

    /** The first stage's hits (best first, {@code depth} at most), the query it ran and the facet counts. */
    private record FirstStage(Query query, TopDocs top, Facets facets) {}

    private Optional<FirstStage> firstStage(
            IndexSearcher searcher, SearchRequest request, QuerySynonyms synonyms, long depth) throws IOException {
        Set<Language> languages = languages(request.language());
        IndexReader reader = searcher.getIndexReader();
        Optional<Query> query;
        try {
            query = queries.build(
                            request.query(),
                            languages,
                            synonyms,
                            (language, term) -> known(reader, language, term),
                            fuzzy -> expanded(searcher, fuzzy))
                    .map(q -> filtered(q, request.filter()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int maxDoc = reader.maxDoc();
        if (query.isEmpty() || maxDoc == 0) {
            return Optional.empty();
        }
        // Rewritten once, up front: fuzzy clauses become the handful of real words they match, which
        // the highlighter then finds in the indexed offsets instead of re-analysing every body.
        Query rewritten = searcher.rewrite(query.get());
        Object[] collected = searcher.search(
                rewritten,
                new MultiCollectorManager(
                        new TopScoreDocCollectorManager((int) Math.min(depth, maxDoc), Integer.MAX_VALUE),
                        new FacetCounter()));
        return Optional.of(new FirstStage(rewritten, (TopDocs) collected[0], (Facets) collected[1]));
    }

    /** The first {@code depth} hits of the first stage with what the second stage would weigh, in first-stage order. */
    List<RankingCandidate> candidates(IndexSearcher searcher, SearchRequest request, QuerySynonyms synonyms, int depth)
            throws IOException {
        Optional<FirstStage> first = firstStage(searcher, request, synonyms, depth);
        if (first.isEmpty()) {
            return List.of();
        }
        IndexReader reader = searcher.getIndexReader();
        ScoreDoc[] top = first.get().top().scoreDocs;
        List<double[]> features =
                secondStage.featuresOf(searcher, request.query(), top, top.length, doc -> storedHits.get(reader, doc));
        List<RankingCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            candidates.add(new RankingCandidate(
                    storedHits.get(reader, top[i].doc).id(),
                    Arrays.stream(features.get(i)).boxed().toList()));
        }
        return candidates;
    }

    /**
     * How many articles the request would find in each language other than its own, the
     * languages with none left out; empty when the request searches every language already.
     */
    Map<String, Long> otherLanguageCounts(IndexSearcher searcher, SearchRequest request, QuerySynonyms synonyms)
            throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (request.language() == null) {
            return counts;
        }
        IndexReader reader = searcher.getIndexReader();
        for (Language language : Language.values()) {
            if (language.code().equals(request.language())) {
                continue;
            }
            Optional<Query> query;
            try {
                query = queries.build(
                                request.query(),
                                EnumSet.of(language),
                                synonyms,
                                (lang, term) -> known(reader, lang, term),
                                fuzzy -> expanded(searcher, fuzzy))
                        .map(q -> filtered(q, request.filter()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (query.isPresent()) {
                int count = searcher.count(query.get());
                if (count > 0) {
                    counts.put(language.code(), (long) count);
                }
            }
        }
        return counts;
    }

    /** A fuzzy clause rewritten to the indexed words it matches, remembered for this reader. */
    private Query expanded(IndexSearcher searcher, Query fuzzy) {
        try {
            return fuzzyExpansions.get(
                    searcher.getIndexReader(),
                    fuzzy,
                    q -> q instanceof FuzzyQuery typo ? fuzzyExpansion.rewrite(searcher, typo) : searcher.rewrite(q));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some article of {@code language} has the analysed {@code term} in its title, tags or body. */
    private static boolean known(IndexReader reader, Language language, String term) {
        try {
            for (String field : List.of(
                    ArticleFields.title(language), ArticleFields.tags(language), ArticleFields.body(language))) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Within a filter list any value will do; each non-empty list must match. */
    private static Query filtered(Query query, SearchFilter filter) {
        if (filter.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!filter.products().isEmpty()) {
            filtered.add(anyOf(ArticleFields.PRODUCT, filter.products()), Occur.FILTER);
        }
        if (!filter.categories().isEmpty()) {
            filtered.add(anyOf(ArticleFields.CATEGORY, filter.categories()), Occur.FILTER);
        }
        return filtered.build();
    }

    private static Query anyOf(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    static Set<Language> languages(String code) {
        return Language.fromCode(code).map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Language.class));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        int[] docIds = new int[page.length];
        StoredHits.Stored[] stored = new StoredHits.Stored[page.length];
        String[] bodyFields = new String[page.length];
        String[] bodies = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            stored[i] = storedHits.get(reader, page[i].doc);
            bodyFields[i] = ArticleFields.body(stored[i].language());
            bodies[i] = stored[i].body();
        }
        String[] snippets = highlighter.highlight(reader, query, docIds, bodyFields, bodies);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            String snippet = snippets[i] != null ? snippets[i] : SnippetHighlighter.opening(bodies[i]);
            hits.add(new SearchHit(
                    stored[i].id(),
                    stored[i].title(),
                    snippet,
                    page[i].score,
                    stored[i].language().code(),
                    stored[i].category()));
        }
        return hits;
    }
}
