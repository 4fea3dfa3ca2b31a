package org.caredesk.kb.casesearch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The case index: one document per case, kept on disk (a cache of the database: a damaged one is wiped
 * and rebuilt, see {@link #wasWiped()}), changes visible to the next search without a disk commit.
 * Thread-safe.
 */
public final class CaseIndex implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CaseIndex.class.getName());
    /** Counting every hit of a broad query costs more than finding the best: past this, "at least". */
    static final int EXACT_COUNT_UP_TO = 10_000;
    /** Similar cases scoring under this share of the best are noise ("my", "order"). */
    private static final float RELATIVE_FLOOR = 0.2f;

    private static final Sort NEWEST_CHANGE =
            new Sort(new SortField(CaseFields.UPDATED, SortField.Type.LONG, true), SortField.FIELD_DOC);
    private static final Sort NEWEST_CASE =
            new Sort(new SortField(CaseFields.CREATED, SortField.Type.LONG, true), SortField.FIELD_DOC);

    private final Directory directory;
    private final Analyzer analyzer = CaseFields.analyzer();
    private final CaseQueryBuilder queries = new CaseQueryBuilder(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean wiped;

    private CaseIndex(Directory directory, boolean wiped) throws IOException {
        this.directory = directory;
        this.wiped = wiped;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        // The first reader reads every segment: damage shows now, not at the first search.
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code path}; what cannot be opened is wiped (except a directory another writer holds). */
    public static CaseIndex open(Path path) {
        try {
            Files.createDirectories(path);
            try {
                return new CaseIndex(FSDirectory.open(path), false);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Case index at " + path + " cannot be opened (" + e + "); wiping it");
                try (DirectoryStream<Path> files = Files.newDirectoryStream(path, Files::isRegularFile)) {
                    for (Path file : files) {
                        Files.deleteIfExists(file);
                    }
                }
                return new CaseIndex(FSDirectory.open(path), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the case index at " + path, e);
        }
    }

    /** An index in memory: tests and benchmarks. */
    public static CaseIndex inMemory() {
        try {
            return new CaseIndex(new ByteBuffersDirectory(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory held something unreadable and was emptied when opened: it must be rebuilt. */
    public boolean wasWiped() {
        return wiped;
    }

    /** Adds the case or replaces what was known of it; visible to the next search. */
    public void upsert(IndexedCase c) {
        upsertAll(List.of(c));
    }

    /** As {@link #upsert} for many cases, with one refresh. */
    public void upsertAll(List<IndexedCase> cases) {
        try {
            for (IndexedCase c : cases) {
                writer.updateDocument(
                        new Term(CaseFields.NUMBER, CaseFields.normalNumber(c.number())), CaseFields.document(c));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String number) {
        try {
            writer.deleteDocuments(new Term(CaseFields.NUMBER, CaseFields.normalNumber(number)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index; then {@link #add} in batches and {@link #commit}. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds cases in bulk (a rebuild after {@link #clear}) without refreshing searchers; replaces a case already
     * there, so a feed change applied while a rebuild runs never leaves the case in the index twice.
     */
    public void add(List<IndexedCase> cases) {
        try {
            for (IndexedCase c : cases) {
                writer.updateDocument(
                        new Term(CaseFields.NUMBER, CaseFields.normalNumber(c.number())), CaseFields.document(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what was added to disk and makes it searchable. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** The latest change time of any indexed case: with {@link #size}, how a start-up tells a stale index. */
    public Optional<Instant> lastUpdate() {
        return withSearcher(s -> {
            TopDocs top = s.search(new MatchAllDocsQuery(), 1, NEWEST_CHANGE);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Object[] fields = ((org.apache.lucene.search.FieldDoc) top.scoreDocs[0]).fields;
            return Optional.of(Instant.ofEpochMilli((Long) fields[0]));
        });
    }

    /** The page of cases matching {@code request}: best match first, or newest change first without text. */
    public CaseMatches search(CaseQuery request) {
        Query query = queries.build(request);
        boolean ranked = request.order() == CaseOrder.RELEVANCE && queries.hasWords(request.text());
        Sort sort = request.order() == CaseOrder.RECEIVED ? NEWEST_CASE : NEWEST_CHANGE;
        int wanted = request.offset() + request.limit();
        return withSearcher(s -> {
            TopDocs top = ranked
                    ? s.search(query, new TopScoreDocCollectorManager(wanted, null, EXACT_COUNT_UP_TO, false))
                    : s.search(query, new TopFieldCollectorManager(sort, wanted, null, EXACT_COUNT_UP_TO));
            List<String> numbers = new ArrayList<>();
            ScoreDoc[] hits = top.scoreDocs;
            for (int i = request.offset(); i < hits.length; i++) {
                numbers.add(s.storedFields().document(hits[i].doc).get(CaseFields.NUMBER));
            }
            return new CaseMatches(
                    numbers,
                    top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        });
    }

    /**
     * Up to {@code limit} cases whose consumer texts read like {@code text} (Lucene MoreLikeThis on the
     * words most distinctive across all cases), best first, never {@code number} itself.
     */
    public List<String> similarTo(String number, String language, String text, int limit) {
        if (limit <= 0 || text == null || text.isBlank()) {
            return List.of();
        }
        String field = "it".equals(language) ? CaseFields.LIKE_IT : CaseFields.LIKE_EN;
        return withSearcher(s -> {
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {field});
            // Case texts are short: a word seen once in the case and in two cases overall still counts.
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            Query query = new BooleanQuery.Builder()
                    .add(mlt.like(field, new StringReader(text)), Occur.MUST)
                    .add(new TermQuery(new Term(CaseFields.NUMBER, CaseFields.normalNumber(number))), Occur.MUST_NOT)
                    .build();
            List<String> found = new ArrayList<>();
            ScoreDoc[] hits = s.search(query, limit).scoreDocs;
            for (ScoreDoc hit : hits) {
                if (hit.score < hits[0].score * RELATIVE_FLOOR) {
                    break;
                }
                found.add(s.storedFields().document(hit.doc).get(CaseFields.NUMBER));
            }
            return found;
        });
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close(); // commits what is pending
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IOUtils.closeWhileHandlingException(directory, analyzer);
        }
    }
}
