package org.caredesk.console.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.caredesk.domain.kb.ArticleDraft;
import org.caredesk.domain.kb.ArticleEditor;
import org.caredesk.web.PathIds;

/**
 * {@code /console/api/v1/kb/articles}: supervisors write help articles (the supervisor-only
 * security constraint is in web.xml). Changes are searchable in every application within a second.
 */
@Path("v1/kb/articles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ArticlesResource {
    private final ArticleEditor editor;

    protected ArticlesResource() {
        this(null);
    }

    @Inject
    public ArticlesResource(ArticleEditor editor) {
        this.editor = editor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid ArticleDraft draft) {
        long id = editor.create(draft);
        return Response.created(URI.create("/api/v1/kb/articles/" + id))
                .entity(new ArticleId(id))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleId update(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid ArticleDraft draft) {
        return PathIds.parse(id)
                .flatMap(n -> editor.update(n, draft))
                .map(ArticleId::new)
                .orElseThrow(() -> new NotFoundException("No article " + id));
    }

    @DELETE
    @Path("{id}")
    public Response unpublish(@PathParam("id") String id) {
        if (PathIds.parse(id).filter(editor::unpublish).isEmpty()) {
            throw new NotFoundException("No article " + id);
        }
        return Response.noContent().build();
    }

    /** The answer to a create or update. */
    public record ArticleId(long id) {}
}
