package org.caredesk.console.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.CaseDetail;
import org.caredesk.domain.cases.CaseDetails;
import org.caredesk.domain.cases.CaseMerge;
import org.caredesk.domain.cases.CaseNotFoundException;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.web.ApiError;

/**
 * Working a case through the agent API. Every change carries the {@code version} the client saw;
 * a stale one answers 409 {@code conflict} and changes nothing. Answers {@code {"version": N}}.
 */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CaseWorkResource {
    private final CaseDetails details;
    private final CaseWork work;
    private final CaseMerge merge;

    @Context
    private SecurityContext security;

    protected CaseWorkResource() {
        this(null, null, null);
    }

    @Inject
    public CaseWorkResource(CaseDetails details, CaseWork work, CaseMerge merge) {
        this.details = details;
        this.work = work;
        this.merge = merge;
    }

    @GET
    @Path("{number}")
    public CaseDetail read(@PathParam("number") String number) {
        return details.find(number).orElseThrow(() -> new NotFoundException("No case " + number));
    }

    @POST
    @Path("{number}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response claim(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        return apply(number, () -> work.claim(number, body.version(), me()));
    }

    @POST
    @Path("{number}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        return apply(number, () -> work.reply(number, body.version(), body.text(), me()));
    }

    @POST
    @Path("{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        return apply(number, () -> work.note(number, body.version(), body.text(), me()));
    }

    @PUT
    @Path("{number}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response status(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        CaseStatus status = parse(CaseStatus.class, body.status(), "status");
        return apply(number, () -> work.changeStatus(number, body.version(), status, me()));
    }

    @PUT
    @Path("{number}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response priority(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        CasePriority priority = parse(CasePriority.class, body.priority(), "priority");
        return apply(number, () -> work.changePriority(number, body.version(), priority, me()));
    }

    @PUT
    @Path("{number}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response tags(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        if (body.tags() == null) {
            throw new BadRequestException("tags is required");
        }
        return apply(number, () -> work.changeTags(number, body.version(), body.tags(), me()));
    }

    @PUT
    @Path("{number}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        return apply(number, () -> work.assign(number, body.version(), body.assignee(), me()));
    }

    /** Merges this case (a duplicate) into {@code into}; answers the survivor's {@code version}. */
    @POST
    @Path("{number}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        String into = required(body.into(), "into");
        return apply(number, () -> merge.merge(number, body.version(), into, me()));
    }

    @POST
    @Path("{number}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        String related = required(body.related(), "related");
        return apply(number, () -> merge.link(number, body.version(), related, me()));
    }

    @POST
    @Path("{number}/links/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unlink(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        String related = required(body.related(), "related");
        return apply(number, () -> merge.unlink(number, body.version(), related, me()));
    }

    /** Splits the message {@code contactId} off into a new case: 201 {@code {"caseNumber"}}. */
    @POST
    @Path("{number}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response split(
            @PathParam("number") String number,
            @NotNull(message = "a JSON body is required") @Valid CaseChangeRequest body) {
        if (body.contactId() == null) {
            throw new BadRequestException("contactId is required");
        }
        if (details.find(number).isEmpty()) {
            throw new NotFoundException("No case " + number);
        }
        try {
            String created = merge.split(number, body.version(), body.contactId(), body.subject(), me());
            return Response.status(Response.Status.CREATED)
                    .entity(Map.of("caseNumber", created))
                    .build();
        } catch (CaseConflictException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field + " is required: a case number");
        }
        return value.trim();
    }

    /** A supervisor puts the case in a team's queue, unassigned there ({@code team} null: the general queue). */
    @PUT
    @Path("{number}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response team(
            @PathParam("number") String number, @NotNull(message = "a JSON body is required") @Valid TeamChange body) {
        return apply(number, () -> work.assignTeam(number, body.version(), body.team(), me()));
    }

    /** The version the client saw and the team id (null: none). */
    public record TeamChange(
            @NotNull(message = "version is required") Long version, Long team) {}

    private Response apply(String number, LongSupplier change) {
        if (details.find(number).isEmpty()) {
            throw new NotFoundException("No case " + number);
        }
        try {
            return Response.ok(Map.of("version", change.getAsLong())).build();
        } catch (CaseConflictException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        } catch (CaseNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        } catch (SecurityException e) {
            return ApiError.of(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private StaffMember me() {
        return new StaffMember(security.getUserPrincipal().getName(), security.isUserInRole("supervisor"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field + " must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
