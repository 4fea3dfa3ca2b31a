package org.caredesk.kb.realtext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.caredesk.kb.ArticleDocument;

/**
 * The baseline: Lucene's BM25 (k1 1.2, b 0.75) over one field holding title and body, words
 * lower-cased with no stemming and no stop words, every query word an optional clause.
 */
final class PlainBm25 implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String ID = "id";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainBm25(List<ArticleDocument> articles) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ArticleDocument article : articles) {
                Document doc = new Document();
                doc.add(new StoredField(ID, article.id()));
                doc.add(new TextField(TEXT, article.title() + "\n" + FaqText.plain(article.body()), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    List<Long> search(String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                query.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
            }
            stream.end();
        }
        List<Long> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), RankingMetrics.K).scoreDocs) {
            ids.add(searcher.storedFields()
                    .document(hit.doc)
                    .getField(ID)
                    .numericValue()
                    .longValue());
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
