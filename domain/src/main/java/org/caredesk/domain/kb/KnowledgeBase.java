package org.caredesk.domain.kb;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.kb.ArticleDocument;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SearchRequest;
import org.caredesk.kb.SearchResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The help articles and their search index. Each web application (and each instance) keeps its
 * own Lucene index under the data folder, rebuilt from the database when it opens: the database
 * is the truth, the index a fast copy of its published articles.
 */
@ApplicationScoped
public class KnowledgeBase {
    private static final Logger LOG = Logger.getLogger(KnowledgeBase.class.getName());
    private final EntityManager entityManager;
    private final CareDeskSettings settings;
    private volatile ArticleIndex index;

    protected KnowledgeBase() {
        this(null, null);
    }

    @Inject
    public KnowledgeBase(EntityManager entityManager, CareDeskSettings settings) {
        this.entityManager = entityManager;
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
    }

    public SearchResult search(String query, String language, int limit, int offset) {
        return requireIndex().search(new SearchRequest(query, language, limit, offset));
    }

    public Optional<Article> published(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id)).filter(Article::isPublished);
    }

    public boolean isUsable() {
        ArticleIndex current = index;
        return current != null && current.isUsable();
    }

    private List<ArticleDocument> publishedDocuments() {
        return entityManager.createNamedQuery(Article.PUBLISHED, Article.class).getResultStream()
                .map(KnowledgeBase::document)
                .toList();
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
