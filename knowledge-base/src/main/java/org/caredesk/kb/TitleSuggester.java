package org.caredesk.kb;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Title autocomplete for the case form ("deflection": show the article before the case is filed).
 *
 * <p>Queried straight from the main index rather than an {@code AnalyzingInfixSuggester}, which
 * would be a second index to keep in step on every upsert and remove. Every typed word must
 * appear in the title, the last one as a prefix unless the user already typed a space after it;
 * titles that start with the typed text rank first, shorter titles next (BM25 length norm).
 */
final class TitleSuggester {

    static final int MAX_SUGGESTIONS = 50;
    private static final int MAX_WORDS = 10;
    private static final float STARTS_WITH_BOOST = 10f;

    private final Analyzer analyzer;

    TitleSuggester(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<String> suggest(IndexSearcher searcher, String prefix, Language language, int limit) throws IOException {
        List<AnalyzedTerm> words = TermAnalysis.analyze(analyzer, ArticleFields.TITLE_WORDS, prefix, MAX_WORDS);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean lastWordComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(ArticleFields.TITLE_WORDS, words.get(i).text());
            boolean last = i == words.size() - 1;
            query.add(last && !lastWordComplete ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        Query startsWith = new PrefixQuery(new Term(ArticleFields.TITLE_START, ArticleMapper.titleStart(prefix)));
        query.add(new BoostQuery(new ConstantScoreQuery(startsWith), STARTS_WITH_BOOST), Occur.SHOULD);
        if (language != null) {
            query.add(new TermQuery(new Term(ArticleFields.LANGUAGE, language.code())), Occur.FILTER);
        }

        int wanted = Math.max(1, Math.min(MAX_SUGGESTIONS, limit));
        // Fetch extra hits because articles in two languages may share a title.
        ScoreDoc[] hits = searcher.search(query.build(), wanted * 2).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Set<String> titles = new LinkedHashSet<>();
        for (ScoreDoc hit : hits) {
            if (titles.size() == wanted) {
                break;
            }
            String title = stored.document(hit.doc, Set.of(ArticleFields.TITLE)).get(ArticleFields.TITLE);
            if (title != null && !title.isBlank()) {
                titles.add(title);
            }
        }
        return List.copyOf(titles);
    }
}
