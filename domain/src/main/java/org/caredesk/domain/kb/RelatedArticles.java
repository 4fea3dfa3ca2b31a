package org.caredesk.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.kb.SearchFilter;
import org.caredesk.kb.SearchHit;
import org.caredesk.kb.SearchRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Related articles" under an article: the index's best matches for its title and tags in the
 * same language, topped up with articles of the same category when the words find too few.
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
        collect(new SearchRequest(words, article.getLanguage(), limit + 1, 0), article, related, limit);
        if (related.size() < limit && article.getCategory() != null) {
            // The category's own name as the query: it is indexed with the article, and the filter keeps the category.
            SearchRequest sameCategory = new SearchRequest(words + " " + article.getCategory(), article.getLanguage(),
                    limit + 1, 0, SearchFilter.of(null, article.getCategory()));
            collect(sameCategory, article, related, limit);
        }
        return new ArrayList<>(related.values());
    }

    private void collect(SearchRequest request, Article article, Map<Long, RelatedArticle> into, int limit) {
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
    public record RelatedArticle(long id, String title) {
    }
}
