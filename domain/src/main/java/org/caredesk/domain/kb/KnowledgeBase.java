package org.caredesk.domain.kb;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.platform.JsonTexts;
import org.caredesk.kb.ArticleDocument;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SearchRequest;
import org.caredesk.kb.SearchResult;
import org.caredesk.kb.SynonymSet;

/**
 * The help articles and their search index. Each web application (and each instance) keeps its
 * own Lucene index under the data folder: the database is the truth, the index a fast copy of its
 * published articles, kept fresh by the article-change events of the feed (written by whichever
 * application or instance changed the article).
 *
 * <p>At start-up the index kept from the last run is compared with the database (every published
 * article's id and last change); only when it is missing, damaged or stale is it rebuilt, in the
 * background. Start-up waits for that rebuild at most {@link #STARTUP_WAIT}: a small help centre
 * is complete before the first request, a large one is searched as it was until the new index is
 * swapped in whole, with progress in the log.
 */
@ApplicationScoped
public class KnowledgeBase {
    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class.getName());
    static final Duration STARTUP_WAIT = Duration.ofSeconds(10);

    private final ArticleCatalog catalog;
    private final FeedFollower follower;
    private final CareDeskSettings settings;
    private volatile ArticleIndex index;
    /** Articles changed while the start-up check runs; re-read once it is done. Guarded by {@link #pending}. */
    private Set<Long> changedDuringCheck;
    /** Not {@code this}: {@link #openIndex} holds that while it waits for the check. */
    private final Object pending = new Object();

    @Resource
    private ManagedExecutorService executor;

    protected KnowledgeBase() {
        this(null, null, null);
    }

    @Inject
    public KnowledgeBase(ArticleCatalog catalog, FeedFollower follower, CareDeskSettings settings) {
        this.catalog = catalog;
        this.follower = follower;
        this.settings = settings;
    }

    /**
     * Opens this application's index ({@code name} keeps the two web applications apart) and
     * brings it in line with the database, waiting for that at most {@link #STARTUP_WAIT}.
     */
    public synchronized void openIndex(String name) {
        if (index != null) {
            return;
        }
        Path directory = settings.dataDir().resolve("index").resolve(name);
        ArticleIndex opened = ArticleIndex.open(directory);
        synchronized (pending) {
            changedDuringCheck = new HashSet<>();
        }
        index = opened;
        follower.addListener(this::applyChanges);
        Future<?> check = executor == null
                ? CompletableFuture.runAsync(() -> bringUpToDate(opened, directory))
                : executor.submit(() -> bringUpToDate(opened, directory));
        try {
            check.get(STARTUP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info(() -> "The help-article index " + directory + " is still being rebuilt; start-up goes on, "
                    + "search serves the previous content until it is done");
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Checking the help-article index " + directory + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rebuilds the index if it differs from the database, then applies the changes that came in meanwhile. */
    private void bringUpToDate(ArticleIndex target, Path directory) {
        try {
            Map<Long, Instant> inDatabase = catalog.publishedVersions();
            Map<Long, Instant> inIndex = target.versions();
            String reason = target.wasWiped()
                    ? "was damaged"
                    : inIndex.isEmpty() && !inDatabase.isEmpty()
                            ? "is missing, empty or from an older version"
                            : !inIndex.equals(inDatabase)
                                    ? "is stale (" + inIndex.size() + " articles indexed, " + inDatabase.size()
                                            + " published)"
                                    : null;
            if (reason == null) {
                LOG.info(() -> "Help-article index " + directory + " is up to date: " + inIndex.size()
                        + " published articles");
                return;
            }
            LOG.info(() -> "Help-article index " + directory + " " + reason + "; rebuilding it from the database");
            long start = System.nanoTime();
            List<ArticleDocument> published = publishedDocuments();
            int total = published.size();
            target.rebuild(published, done -> {
                if (total >= ArticleIndex.PROGRESS_STEP) {
                    LOG.info(() -> String.format(
                            "Help-article index %s: %,d of %,d articles indexed", directory, done, total));
                }
            });
            LOG.info(() -> String.format(
                    "Help-article index %s rebuilt: %,d published articles in %,d ms",
                    directory, total, (System.nanoTime() - start) / 1_000_000));
        } finally {
            Set<Long> changed;
            synchronized (pending) {
                changed = changedDuringCheck;
                changedDuringCheck = null;
            }
            changed.forEach(id -> refresh(target, id));
        }
    }

    /** Brings the index in line with the articles the feed says have changed. */
    private void applyChanges(List<FeedRecord> events) {
        List<Long> ids = events.stream()
                .filter(event -> FeedEventTypes.KB_ARTICLE_CHANGED.equals(event.type()))
                .map(KnowledgeBase::articleId)
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        synchronized (pending) {
            if (changedDuringCheck != null) {
                changedDuringCheck.addAll(ids); // the check's snapshot may be older than these changes
                return;
            }
        }
        ArticleIndex current = index;
        ids.forEach(id -> refresh(current, id));
    }

    private void refresh(ArticleIndex target, long id) {
        catalog.find(id)
                .filter(Article::isPublished)
                .ifPresentOrElse(a -> target.upsert(document(a)), () -> target.remove(id));
    }

    private static long articleId(FeedRecord event) {
        try (JsonReader reader = JsonTexts.reader(event.dataJson())) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }

    public SearchResult search(String query, String language, int limit, int offset) {
        return requireIndex().search(new SearchRequest(query, language, limit, offset));
    }

    /** A search with paging and facet filters, as the portal's search page asks for it. */
    public SearchResult search(SearchRequest request) {
        return requireIndex().search(request);
    }

    /** Titles completing what the consumer is typing (autocomplete). */
    public List<String> suggest(String prefix, String language, int limit) {
        return requireIndex().suggest(prefix, language, limit);
    }

    /** Replaces the synonyms this application's index applies to queries (see {@code synonyms.Synonyms}). */
    public void useSynonyms(SynonymSet set) {
        requireIndex().useSynonyms(set);
    }

    public Optional<Article> published(long id) {
        return catalog.find(id).filter(Article::isPublished);
    }

    public boolean isUsable() {
        ArticleIndex current = index;
        return current != null && current.isUsable();
    }

    private List<ArticleDocument> publishedDocuments() {
        return catalog.published().stream().map(KnowledgeBase::document).toList();
    }

    static ArticleDocument document(Article a) {
        return new ArticleDocument(
                a.getId(),
                a.getTitle(),
                a.getBody(),
                a.getLanguage(),
                a.getCategory(),
                a.getTags(),
                a.getProductCodes(),
                a.getUpdatedAt());
    }

    private ArticleIndex requireIndex() {
        ArticleIndex current = index;
        if (current == null) {
            throw new IllegalStateException("The help-article index is not open yet");
        }
        return current;
    }

    @PreDestroy
    void close() {
        ArticleIndex current = index;
        if (current != null) {
            current.close();
        }
    }
}
