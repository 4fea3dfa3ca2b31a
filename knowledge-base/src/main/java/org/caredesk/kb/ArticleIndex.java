package org.caredesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * The help-article search index of one application instance. Thread-safe.
 *
 * <p>Lifecycle as in Lucene's demo: one analyzer, one {@link IndexWriter} for the life of this
 * object, and searchers from a {@link SearcherManager} that is refreshed at the end of every
 * write, so a write is visible to the next search as soon as the method returns. Writes are
 * serialised and refresh only once complete, which is what makes {@link #rebuild} atomic for
 * readers. A rebuild is committed at once; single upserts and removes are made visible without a
 * commit (a commit syncs files to disk, slow on a busy disk, and an edit must show within a
 * second) and are committed by the next rebuild or by {@link #close}. After a crash
 * that lost some, the index no longer matches the database ({@link #versions()}), and the caller's
 * start-up check rebuilds it. Searches take no lock.
 *
 * <p>The index is a cache of the articles in the database: {@link #open} replaces a damaged
 * index with an empty one (see {@link #wasWiped()}), and the caller fills it with {@link #rebuild}.
 */
public final class ArticleIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ArticleIndex.class.getName());
    /** How often {@link #rebuild(Collection, IntConsumer)} reports progress, in articles. */
    public static final int PROGRESS_STEP = 1_000;
    /** The commit data key of the analysis stamp. */
    private static final String ANALYSIS = "caredesk.analysis";

    private final Analyzer analyzer;
    private final IndexOpener.Opened index;
    private final ArticleSearch articleSearch;
    private final TitleSuggester titleSuggester;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;
    /** Swapped whole by {@link #useSynonyms}; each search reads it once. */
    private volatile QuerySynonyms synonyms;

    private ArticleIndex(Analyzer analyzer, IndexOpener.Opened index) {
        this.analyzer = analyzer;
        this.index = index;
        this.articleSearch = new ArticleSearch(analyzer);
        this.titleSuggester = new TitleSuggester(analyzer);
        this.synonyms = QuerySynonyms.compile(SynonymSet.defaults(), analyzer);
    }

    /**
     * Opens the index in {@code directory}, creating both if missing. An index that cannot be read
     * is wiped and replaced by an empty one.
     *
     * @throws UncheckedIOException if the directory cannot be created or written, or another open
     *                              index (in this or another process) holds its write lock
     */
    public static ArticleIndex open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Analyzer analyzer = LanguageAnalyzers.create();
        try {
            return new ArticleIndex(analyzer, IndexOpener.open(directory, analyzer));
        } catch (RuntimeException e) {
            analyzer.close();
            throw e;
        }
    }

    /** True if {@link #open} found a damaged index and started empty: the caller should {@link #rebuild}. */
    public boolean wasWiped() {
        return index.wiped();
    }

    /**
     * Replaces the whole content with {@code articles}. Searches see the old content until the new
     * one is complete, never a mixture. If an id occurs twice, the later article wins.
     *
     * @throws IllegalArgumentException before anything changes, if an article cannot be indexed
     */
    public void rebuild(Collection<ArticleDocument> articles) {
        rebuild(articles, done -> {});
    }

    /**
     * As {@link #rebuild(Collection)}, telling {@code progress} the number of articles indexed so
     * far after every {@value #PROGRESS_STEP} and at the end, so that a long rebuild can be followed.
     */
    public void rebuild(Collection<ArticleDocument> articles, IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        Map<Long, ArticleDocument> latest = new LinkedHashMap<>();
        for (ArticleDocument article : articles) {
            latest.put(article.id(), article);
        }
        List<Document> documents =
                latest.values().stream().map(ArticleMapper::toDocument).toList();
        write(
                writer -> {
                    writer.deleteAll();
                    writer.setLiveCommitData(
                            Map.of(ANALYSIS, LanguageAnalyzers.VERSION).entrySet());
                    int done = 0;
                    for (Document document : documents) {
                        writer.addDocument(document);
                        if (++done % PROGRESS_STEP == 0) {
                            progress.accept(done);
                        }
                    }
                    if (done % PROGRESS_STEP != 0) {
                        progress.accept(done);
                    }
                },
                true);
    }

    /**
     * The id and last change of every article in the index, to compare with the database at
     * start-up: an index that differs is stale. Articles indexed by a version of CareDesk that did
     * not record their dates are left out, so such an index never looks current; an index last
     * rebuilt with another analysis (or never rebuilt) reports none at all, so it is rebuilt.
     */
    public Map<Long, Instant> versions() {
        if (!analysedAsNow()) {
            return Map.of();
        }
        return withSearcher(
                searcher -> {
                    Map<Long, Instant> versions = new HashMap<>();
                    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                        NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ArticleFields.ID_VALUE);
                        NumericDocValues updated = DocValues.getNumeric(leaf.reader(), ArticleFields.UPDATED);
                        Bits live = leaf.reader().getLiveDocs();
                        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                            if ((live == null || live.get(doc)) && updated.advanceExact(doc)) {
                                versions.put(ids.longValue(), ArticleMapper.fromMicros(updated.longValue()));
                            }
                        }
                    }
                    return versions;
                },
                Map.of());
    }

    /** Whether the last rebuild analysed the articles the way this version does (see {@link LanguageAnalyzers#VERSION}). */
    private boolean analysedAsNow() {
        Iterable<Map.Entry<String, String>> data = index.writer().getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(ANALYSIS)) {
                    return entry.getValue().equals(LanguageAnalyzers.VERSION);
                }
            }
        }
        return false;
    }

    /** Adds the article or replaces the one with the same id; searchable when this returns. */
    public void upsert(ArticleDocument article) {
        Document document = ArticleMapper.toDocument(article);
        write(writer -> writer.updateDocument(ArticleMapper.idTerm(article.id()), document), false);
    }

    /** Removes the article if present; gone from search when this returns. */
    public void remove(long id) {
        write(writer -> writer.deleteDocuments(ArticleMapper.idTerm(id)), false);
    }

    /**
     * Searches titles, tags and bodies, expanded with the {@link #synonyms() synonyms} and narrowed
     * by the request's {@link SearchFilter}; the result carries facet counts by product and
     * category. Any text is a valid query (it is analysed, never parsed); blank text or text
     * without a searchable word gives an empty result.
     *
     * @throws IllegalStateException only if this index has been closed
     */
    public SearchResult search(SearchRequest request) {
        if (request == null) {
            return SearchResult.empty();
        }
        QuerySynonyms current = synonyms;
        return withSearcher(searcher -> articleSearch.search(searcher, request, current), SearchResult.empty());
    }

    /**
     * The first {@code depth} hits of {@code request} as the search's second stage sees them, before
     * it re-orders them: for measuring and learning its weights on judged queries (the public FAQ
     * benchmark), not for pages. Empty for a request without a searchable word.
     *
     * @throws IllegalStateException only if this index has been closed
     */
    public List<RankingCandidate> rankingCandidates(SearchRequest request, int depth) {
        QuerySynonyms current = synonyms;
        return withSearcher(searcher -> articleSearch.candidates(searcher, request, current, depth), List.of());
    }

    /**
     * How many articles the same query finds in the languages other than the request's, as
     * language code to count, in a stable order, leaving out languages with no match: "rimborso"
     * searched in English finds nothing, and {@code {"it": 6}} lets the page offer "6 results in
     * Italiano". Counts honour the request's filter and are what {@link #search} would report as
     * {@link SearchResult#total()} for that language. Empty when the request has no language (it
     * already searches all of them) or the text has no searchable word. Costs a count per other
     * language (no scoring, no snippets): call it when the search in the chosen language found
     * little.
     *
     * @throws IllegalStateException only if this index has been closed
     */
    public Map<String, Long> countInOtherLanguages(SearchRequest request) {
        if (request == null) {
            return Map.of();
        }
        QuerySynonyms current = synonyms;
        return withSearcher(
                searcher -> Collections.unmodifiableMap(articleSearch.otherLanguageCounts(searcher, request, current)),
                Map.of());
    }

    /**
     * Replaces the synonyms applied to queries; the next search uses them, no reindexing or restart
     * needed. Searches already running finish with the set they started with. A new index starts
     * with {@link SynonymSet#defaults()}.
     */
    public void useSynonyms(SynonymSet set) {
        Objects.requireNonNull(set, "set");
        ensureOpen();
        synonyms = QuerySynonyms.compile(set, analyzer);
    }

    /** The synonyms in use. */
    public SynonymSet synonyms() {
        return synonyms.source();
    }

    /**
     * Up to {@code limit} (1..50) article titles containing the typed words, the last one as a
     * prefix: "pass" → "How to reset your password". Never throws on any input; null or an
     * unsupported language means all languages.
     *
     * @throws IllegalStateException only if this index has been closed
     */
    public List<String> suggest(String prefix, String language, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        Language lang = Language.fromCode(language).orElse(null);
        return withSearcher(searcher -> titleSuggester.suggest(searcher, prefix, lang, limit), List.of());
    }

    /** The number of articles in the index. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs(), 0);
    }

    /** For the health check: open, the writer has not failed, and a searcher can be had. */
    public boolean isUsable() {
        if (closed || !index.writer().isOpen() || index.writer().getTragicException() != null) {
            return false;
        }
        try {
            IndexSearcher searcher = index.searchers().acquire();
            index.searchers().release(searcher);
            return true;
        } catch (IOException | AlreadyClosedException e) {
            return false;
        }
    }

    /** Commits and releases the directory. Idempotent. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            IOUtils.close(index.searchers(), index.writer(), index.directory(), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the knowledge-base index failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    private void write(WriteAction action, boolean commit) {
        writeLock.lock();
        try {
            ensureOpen();
            action.apply(index.writer());
            if (commit) {
                index.writer().commit();
            }
            index.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the knowledge-base index failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs a read on a point-in-time searcher. An I/O failure is logged and answered with
     * {@code fallback}: a broken index should cost the portal its search results, not the page
     * (the health check reports it through {@link #isUsable()}).
     */
    private <T> T withSearcher(ReadAction<T> action, T fallback) {
        ensureOpen();
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (AlreadyClosedException e) {
            throw new IllegalStateException("knowledge-base index is closed", e);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "knowledge-base index cannot be read", e);
            return fallback;
        }
        try {
            return action.apply(searcher);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "knowledge-base index read failed", e);
            return fallback;
        } finally {
            release(searchers, searcher);
        }
    }

    private static void release(SearcherManager searchers, IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "releasing a knowledge-base searcher failed", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("knowledge-base index is closed");
        }
    }

    @FunctionalInterface
    private interface WriteAction {
        void apply(IndexWriter writer) throws IOException;
    }

    @FunctionalInterface
    private interface ReadAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
