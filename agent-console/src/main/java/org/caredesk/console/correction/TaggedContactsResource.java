package org.caredesk.console.correction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.caredesk.domain.correction.ContactDetails;
import org.caredesk.domain.correction.ContactLine;
import org.caredesk.domain.correction.CorrectionRequest;
import org.caredesk.domain.correction.TagCorrections;
import org.caredesk.web.ApiError;
import org.caredesk.web.PathIds;

/**
 * Agents read a contact's tags with their evidence and correct them:
 * {@code GET /console/api/v1/tagged-contacts?limit=} (newest inbound contacts),
 * {@code GET /console/api/v1/tagged-contacts/{id}} (audited),
 * {@code POST /console/api/v1/tagged-contacts/{id}/corrections} with
 * {@code {"kind":"sentiment|add-hazard|remove-hazard","value"}}: 200 with the corrected contact,
 * 409 when the correction would change nothing. Not under {@code /contacts}, which is the
 * supervisors' import path.
 */
@Path("v1/tagged-contacts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TaggedContactsResource {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final TagCorrections corrections;

    @Context
    private SecurityContext security;

    protected TaggedContactsResource() {
        this(null);
    }

    @Inject
    public TaggedContactsResource(TagCorrections corrections) {
        this.corrections = corrections;
    }

    @GET
    public List<ContactLine> recent(@QueryParam("limit") String limit) {
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new BadRequestException("limit must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        return corrections.recent(n);
    }

    @GET
    @Path("{id}")
    public ContactDetails get(@PathParam("id") String id) {
        return corrections.open(contactId(id), agent()).orElseThrow(() -> new NotFoundException("No contact " + id));
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(
            @PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid CorrectionRequest request) {
        long contactId = contactId(id);
        try {
            ContactDetails details = corrections
                    .correct(contactId, request, agent())
                    .orElseThrow(() -> new NotFoundException("No contact " + id));
            return Response.ok(details).build();
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
    }

    private static long contactId(String id) {
        return PathIds.parse(id).orElseThrow(() -> new NotFoundException("No contact " + id));
    }

    private String agent() {
        return security.getUserPrincipal().getName();
    }
}
