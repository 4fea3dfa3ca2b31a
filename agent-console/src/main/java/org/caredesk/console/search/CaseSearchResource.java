package org.caredesk.console.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.search.CaseHits;
import org.caredesk.domain.cases.search.CaseSearch;

/**
 * {@code GET /console/api/v1/cases?q=&status=&channel=&product=&assignee=&from=&to=&sentiment=&hazard=&page=}:
 * the case search the console's search box runs, as JSON. (Same path as {@code cases.CaseWorkResource}, which
 * serves the cases below it; Jersey groups resources of one path.)
 */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CaseSearchResource {
    private final CaseSearch search;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    protected CaseSearchResource() {
        this(null);
    }

    @Inject
    public CaseSearchResource(CaseSearch search) {
        this.search = search;
    }

    @GET
    public CaseHits find() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        try {
            CaseCriteria criteria = CaseCriteria.parse(name -> query.getOrDefault(name, List.of()));
            return search.search(criteria, security.getUserPrincipal().getName(), page(query.get("page")));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    static int page(List<String> values) {
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(values.get(0).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("page must be between 1 and 200");
        }
    }
}
