package org.caredesk.portal.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caredesk.domain.kb.KnowledgeBase;

/**
 * {@code GET /api/v1/kb/suggest?q=&lang=&limit=}: article titles completing what is typed, for the
 * search box's autocomplete. Like search, any text is valid and gives at worst an empty list.
 */
@Path("v1/kb/suggest")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SuggestResource {
    private static final int DEFAULT_LIMIT = 8;
    private static final int MAX_LIMIT = 20;
    /** Titles are short; a longer "prefix" is not someone typing a title. */
    private static final int MAX_PREFIX = 200;

    private final KnowledgeBase knowledgeBase;

    protected SuggestResource() {
        this(null);
    }

    @Inject
    public SuggestResource(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    public Suggestions suggest(
            @QueryParam("q") String prefix, @QueryParam("lang") String language, @QueryParam("limit") String limit) {
        if (prefix == null || prefix.isBlank() || prefix.length() > MAX_PREFIX) {
            return new Suggestions(List.of());
        }
        String lang = "en".equals(language) || "it".equals(language) ? language : null;
        return new Suggestions(knowledgeBase.suggest(prefix, lang, parseLimit(limit)));
    }

    private static int parseLimit(String limit) {
        try {
            return limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    /** The answer: titles, best first. */
    public record Suggestions(List<String> suggestions) {}
}
