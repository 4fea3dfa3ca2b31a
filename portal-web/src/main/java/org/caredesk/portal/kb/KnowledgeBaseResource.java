package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caredesk.domain.kb.Article;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.kb.usage.HelpCentreUsage;
import org.caredesk.kb.SearchResult;
import org.caredesk.web.PathIds;

/** {@code GET /api/v1/kb/search} and {@code /api/v1/kb/articles/{id}}: anyone may read published help. */
@Path("v1/kb")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class KnowledgeBaseResource {
    private static final int MAX_LIMIT = 50;

    private final KnowledgeBase knowledgeBase;
    private final HelpCentreUsage usage;

    protected KnowledgeBaseResource() {
        this(null, null);
    }

    @Inject
    public KnowledgeBaseResource(KnowledgeBase knowledgeBase, HelpCentreUsage usage) {
        this.knowledgeBase = knowledgeBase;
        this.usage = usage;
    }

    @GET
    @Path("search")
    public SearchResponse search(
            @QueryParam("q") String query, @QueryParam("lang") String language, @QueryParam("limit") String limit) {
        String lang = "en".equals(language) || "it".equals(language) ? language : null;
        SearchResult result = knowledgeBase.search(query == null ? "" : query, lang, parseLimit(limit), 0);
        usage.searched(query, lang, result.total());
        List<SearchResponse.Hit> hits = result.hits().stream()
                .map(h -> new SearchResponse.Hit(
                        h.id(), h.title(), h.snippet(), h.score(), ArticleLinks.pageUrl(h.id()), h.language()))
                .toList();
        return new SearchResponse(result.total(), hits, result.suggestion());
    }

    @GET
    @Path("articles/{id}")
    public ArticleResponse article(@PathParam("id") String id) {
        Article article = PathIds.parse(id)
                .flatMap(knowledgeBase::published)
                .orElseThrow(() -> new NotFoundException("No published article " + id));
        usage.viewed(article.getId());
        return new ArticleResponse(
                article.getId(),
                article.getTitle(),
                article.getBody(),
                article.getLanguage(),
                article.getCategory(),
                article.getTags(),
                article.getProductCodes(),
                article.getUpdatedAt(),
                ArticleLinks.pageUrl(article.getId()));
    }

    /** A limit that is missing or not a number gets the default; any number is kept within 1..50. */
    private static int parseLimit(String limit) {
        try {
            return limit == null ? 10 : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit.trim())));
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
