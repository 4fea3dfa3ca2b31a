package org.caredesk.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caredesk.kb.SearchFilter;
import org.caredesk.kb.SearchHit;
import org.caredesk.kb.SearchRequest;

/**
 * "Related articles" under an article: the index's best matches for its title and tags in the
 * same language, among the articles about the same products first, then the same category, then all.
 */
@ApplicationScoped
public class RelatedArticles {
    private final KnowledgeBase knowledgeBase;

    protected RelatedArticles() {
        this(null);
    }

    @Inject
    public RelatedArticles(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Up to {@code limit} published articles other than {@code article}, best first. */
    public List<RelatedArticle> of(Article article, int limit) {
        Map<Long, RelatedArticle> related = new LinkedHashMap<>();
        String words = article.getTitle() + " " + String.join(" ", article.getTags());
        // Closest first: about the same product, then in the same category, then anything that matches.
        if (!article.getProductCodes().isEmpty()) {
            collect(words, article, new SearchFilter(article.getProductCodes(), List.of()), related, limit);
        }
        if (article.getCategory() != null) {
            collect(words, article, SearchFilter.of(null, article.getCategory()), related, limit);
        }
        collect(words, article, SearchFilter.NONE, related, limit);
        return new ArrayList<>(related.values());
    }

    private void collect(
            String words, Article article, SearchFilter filter, Map<Long, RelatedArticle> into, int limit) {
        if (into.size() >= limit) {
            return;
        }
        SearchRequest request = new SearchRequest(words, article.getLanguage(), limit + 1, 0, filter);
        for (SearchHit hit : knowledgeBase.search(request).hits()) {
            if (into.size() >= limit) {
                return;
            }
            if (hit.id() != article.getId()) {
                into.putIfAbsent(hit.id(), new RelatedArticle(hit.id(), hit.title()));
            }
        }
    }

    /** One related article's link. */
    public record RelatedArticle(long id, String title) {}
}
