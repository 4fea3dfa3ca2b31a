package org.caredesk.console.macros;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.CaseNotFoundException;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.macros.MacroApplication;
import org.caredesk.domain.cases.macros.MacroNotFoundException;
import org.caredesk.domain.cases.macros.MacroView;
import org.caredesk.domain.cases.macros.Macros;
import org.caredesk.web.ApiError;

/**
 * Macros through the agent API: every agent lists, previews and applies them; supervisors create, change
 * and delete them (checked here: one path serves both roles).
 */
@Path("v1/macros")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MacrosResource {
    private final Macros macros;
    private final MacroApplication application;

    @Context
    private SecurityContext security;

    protected MacrosResource() {
        this(null, null);
    }

    @Inject
    public MacrosResource(Macros macros, MacroApplication application) {
        this.macros = macros;
        this.application = application;
    }

    @GET
    public List<MacroView> all(@QueryParam("lang") @DefaultValue("en") String language) {
        return macros.all(language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid MacroRequest body) {
        supervisorOnly();
        return Response.status(Response.Status.CREATED).entity(save(null, body)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MacroView change(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid MacroRequest body) {
        supervisorOnly();
        return save(id, body);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        supervisorOnly();
        if (!macros.delete(id)) {
            throw new NotFoundException("No macro " + id);
        }
        return Response.noContent().build();
    }

    /** What applying the macro to the case would do: the filled reply and the changes. */
    @GET
    @Path("{id}/preview")
    public MacroApplication.Preview preview(@PathParam("id") long id, @QueryParam("case") String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new BadRequestException("case is required: a case number");
        }
        try {
            return application.preview(caseNumber, id, me());
        } catch (CaseNotFoundException | MacroNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /** Applies the macro: the reply (as edited) and the changes in one go. Answers {@code {"version"}}. */
    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid MacroApplyRequest body) {
        try {
            long version = application.apply(body.caseNumber(), body.version(), id, body.text(), me());
            return Response.ok(Map.of("version", version)).build();
        } catch (CaseNotFoundException | MacroNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        } catch (CaseConflictException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private MacroView save(Long id, MacroRequest body) {
        try {
            return macros.save(new MacroView(
                    id,
                    body.title(),
                    body.body(),
                    body.language(),
                    body.status(),
                    body.priority(),
                    body.tags(),
                    body.assignTo()));
        } catch (MacroNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private void supervisorOnly() {
        if (!security.isUserInRole("supervisor") && !security.isUserInRole("admin")) {
            throw new ForbiddenException("Only supervisors write macros");
        }
    }

    private StaffMember me() {
        return new StaffMember(security.getUserPrincipal().getName(), security.isUserInRole("supervisor"));
    }
}
