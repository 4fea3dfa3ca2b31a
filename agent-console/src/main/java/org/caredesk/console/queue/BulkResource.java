package org.caredesk.console.queue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.bulk.BulkOutcome;
import org.caredesk.domain.cases.bulk.BulkTarget;
import org.caredesk.domain.cases.bulk.CaseBulk;

/**
 * {@code POST /console/api/v1/cases/bulk}: one action on many cases, each case in its own transaction;
 * answers every case's outcome ({@code done}, {@code conflict}, {@code refused}).
 */
@Path("v1/cases/bulk")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BulkResource {
    private final CaseBulk bulk;
    private final BulkChoice choice;

    @Context
    private SecurityContext security;

    protected BulkResource() {
        this(null, null);
    }

    @Inject
    public BulkResource(CaseBulk bulk, BulkChoice choice) {
        this.bulk = bulk;
        this.choice = choice;
    }

    /** The cases (each with the version the client saw, or none) and the change to make to each. */
    public record BulkRequest(List<BulkTarget> cases, BulkChoice.ChangeRequest change) {}

    /** Every case's outcome, in the order asked. */
    public record BulkResult(List<BulkOutcome> results) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult apply(@NotNull(message = "a JSON body is required") BulkRequest body) {
        try {
            if (body.cases() == null) {
                throw new IllegalArgumentException("cases is required");
            }
            return new BulkResult(bulk.apply(
                    choice.action(body.change()),
                    body.cases(),
                    new StaffMember(security.getUserPrincipal().getName(), security.isUserInRole("supervisor"))));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
