package org.caredesk.kb.similar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * An in-memory Lucene index of case texts that answers "which earlier cases read like this one?"
 * with {@link MoreLikeThis}: the case's most distinctive terms (by tf-idf over all cases) become
 * a query. Kept in memory because it is cheap to rebuild from the database (a few thousand short
 * texts) and must never disagree with it for long. Thread-safe.
 */
public final class CaseTextIndex implements AutoCloseable {
    static final String NUMBER = "number";
    private static final String TEXT_EN = "text_en";
    /** Hits scoring under this share of the best hit are left out. */
    private static final float RELATIVE_FLOOR = 0.2f;

    private static final String TEXT_IT = "text_it";

    private final Directory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(), Map.of(TEXT_EN, new EnglishAnalyzer(), TEXT_IT, new ItalianAnalyzer()));
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public CaseTextIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the case, or replaces what was known of it; visible to the next search. */
    public void upsert(CaseText text) {
        try {
            writer.updateDocument(new Term(NUMBER, text.caseNumber()), document(text));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with {@code texts}. */
    public void rebuild(Collection<CaseText> texts) {
        try {
            writer.deleteAll();
            for (CaseText text : texts) {
                writer.addDocument(document(text));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} cases most like {@code text}, best first, never the case itself. An
     * empty answer when the text has no distinctive words.
     */
    public List<SimilarCase> similarTo(CaseText text, int limit) {
        if (limit <= 0 || text.text().isBlank()) {
            return List.of();
        }
        String field = field(text.language());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(analyzer);
                mlt.setFieldNames(new String[] {field});
                // Case texts are short: a word seen once in the case and in two cases overall still counts.
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(25);
                Query like = mlt.like(field, new StringReader(text.text()));
                Query query = new BooleanQuery.Builder()
                        .add(like, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(NUMBER, text.caseNumber())), BooleanClause.Occur.MUST_NOT)
                        .build();
                List<SimilarCase> found = new ArrayList<>();
                ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
                for (ScoreDoc hit : hits) {
                    // A tail that shares only a common word ("my", "order") with the case is noise to an agent.
                    if (hit.score < hits[0].score * RELATIVE_FLOOR) {
                        break;
                    }
                    found.add(new SimilarCase(
                            searcher.storedFields().document(hit.doc).get(NUMBER), hit.score));
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(CaseText text) {
        Document document = new Document();
        document.add(new StringField(NUMBER, text.caseNumber(), Field.Store.YES));
        document.add(new TextField(field(text.language()), text.text(), Field.Store.NO));
        return document;
    }

    private static String field(String language) {
        return "it".equals(language) ? TEXT_IT : TEXT_EN;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
