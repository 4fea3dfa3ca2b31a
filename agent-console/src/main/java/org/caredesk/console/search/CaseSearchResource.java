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
import java.time.Instant;
import java.util.List;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.search.CaseHits;
import org.caredesk.domain.cases.search.CaseSearch;

/**
 * {@code GET /console/api/v1/cases?q=&status=&channel=&language=&product=&assignee=&from=&to=&sentiment=&hazard=&page=&size=&sort=}:
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

    /** The contract's answer: how many matched and the page's cases. */
    public record Found(long total, List<Item> items, int page, int size) {}

    /** One found case, as the contract lists it. */
    public record Item(
            String caseNumber,
            String subject,
            String status,
            String channel,
            String product,
            String priority,
            Instant createdAt,
            Instant updatedAt) {}

    @GET
    public Found find() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        try {
            CaseCriteria criteria = CaseCriteria.parse(name -> query.getOrDefault(name, List.of()));
            List<String> size = query.get("size");
            CaseHits hits = search.search(
                    criteria,
                    security.getUserPrincipal().getName(),
                    page(query.get("page")),
                    size == null || size.isEmpty() ? CaseSearch.PAGE_SIZE : number(size.get(0), "size"),
                    query.getFirst("sort"));
            return new Found(
                    hits.total(),
                    hits.cases().stream()
                            .map(c -> new Item(
                                    c.caseNumber(),
                                    c.subject(),
                                    c.status(),
                                    c.channel(),
                                    c.product(),
                                    c.priority(),
                                    c.createdAt(),
                                    c.updatedAt()))
                            .toList(),
                    hits.page(),
                    hits.pageSize());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
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
