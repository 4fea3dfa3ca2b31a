package org.caredesk.console.queue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewPage;
import org.caredesk.domain.cases.views.ViewSort;
import org.caredesk.domain.cases.views.ViewSummary;

/**
 * The queue's views through the API: the list with live counts, one view's pages (sorted and paged in
 * SQL, {@code after} the keyset the previous page gave), saving and deleting personal views.
 */
@Path("v1/views")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ViewsResource {
    private final CaseViews views;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    protected ViewsResource() {
        this(null);
    }

    @Inject
    public ViewsResource(CaseViews views) {
        this.views = views;
    }

    @GET
    public List<ViewSummary> list() {
        return views.views(me());
    }

    /**
     * A page of the view: its own criteria, narrowed by any filter given here ({@code channel}, {@code product},
     * …, as in the case search), in {@code sort} order ({@code dir=desc} reverses it), after {@code after}.
     */
    @GET
    @Path("{key}/cases")
    public ViewPage cases(
            @PathParam("key") String key,
            @QueryParam("sort") String sort,
            @QueryParam("dir") String dir,
            @QueryParam("after") String after) {
        ViewSummary view = views.view(key, me()).orElseThrow(() -> new NotFoundException("No view " + key));
        try {
            CaseCriteria criteria = ViewState.narrowed(
                    CaseCriteria.fromQueryString(view.criteria()),
                    CaseCriteria.parse(name -> uri.getQueryParameters().getOrDefault(name, List.of())));
            ViewSort order = sort == null ? ViewSort.parse(view.sort()) : ViewSort.parse(sort);
            boolean descending = dir == null ? view.descending() : descending(dir);
            return views.page(criteria, order, descending, after, me());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** What a new personal view holds: a name, the search's parameters as a query string, a sort. */
    public record NewView(String name, String criteria, String sort, String dir) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@NotNull(message = "a JSON body is required") NewView body) {
        try {
            ViewSummary saved = views.save(
                    me(),
                    body.name(),
                    CaseCriteria.fromQueryString(body.criteria()),
                    ViewSort.parse(body.sort()),
                    body.dir() != null && descending(body.dir()));
            return Response.status(Response.Status.CREATED).entity(saved).build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        if (!views.delete(key, me())) {
            throw new NotFoundException("No view " + key + " of yours");
        }
        return Response.noContent().build();
    }

    private static boolean descending(String dir) {
        return switch (dir.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new IllegalArgumentException("dir must be asc or desc");
        };
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}
