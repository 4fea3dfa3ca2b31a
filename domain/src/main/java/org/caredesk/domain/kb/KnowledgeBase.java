package org.caredesk.domain.kb;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.kb.ArticleDocument;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SearchRequest;
import org.caredesk.kb.SearchResult;
import org.caredesk.kb.SynonymSet;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The help articles and their search index. Each web application (and each instance) keeps its
 * own Lucene index under the data folder, rebuilt from the database when it opens: the database
 * is the truth, the index a fast copy of its published articles, kept fresh by the article-change
 * events of the feed (written by whichever application or instance changed the article).
 */
@ApplicationScoped
public class KnowledgeBase {
    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class.getName());
    private final ArticleCatalog catalog;
    private final FeedFollower follower;
    private final CareDeskSettings settings;
    private volatile ArticleIndex index;

    protected KnowledgeBase() {
        this(null, null, null);
    }

    @Inject
    public KnowledgeBase(ArticleCatalog catalog, FeedFollower follower, CareDeskSettings settings) {
        this.catalog = catalog;
        this.follower = follower;
        this.settings = settings;
    }

    /** Opens this application's index ({@code name} keeps the two web applications apart) and fills it. */
    public synchronized void openIndex(String name) {
        if (index != null) {
            return;
        }
        Path directory = settings.dataDir().resolve("index").resolve(name);
        ArticleIndex opened = ArticleIndex.open(directory);
        List<ArticleDocument> published = publishedDocuments();
        opened.rebuild(published);
        LOG.info(() -> "Help-article index " + directory + " holds " + published.size() + " published articles");
        index = opened;
        follower.addListener(this::applyChanges);
    }

    /** Brings the index in line with the articles the feed says have changed. */
    private void applyChanges(List<FeedRecord> events) {
        ArticleIndex current = index;
        for (FeedRecord event : events) {
            if (!FeedEventTypes.KB_ARTICLE_CHANGED.equals(event.type())) {
                continue;
            }
            long id;
            try (JsonReader reader = Json.createReader(new StringReader(event.dataJson()))) {
                id = reader.readObject().getJsonNumber("id").longValue();
            }
            catalog.find(id).filter(Article::isPublished)
                    .ifPresentOrElse(a -> current.upsert(document(a)), () -> current.remove(id));
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
        return new ArticleDocument(a.getId(), a.getTitle(), a.getBody(), a.getLanguage(), a.getCategory(),
                a.getTags(), a.getProductCodes(), a.getUpdatedAt());
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
