package org.caredesk.console.calls;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.caredesk.domain.calls.CallNotFoundException;
import org.caredesk.domain.calls.IncomingCalls;
import org.caredesk.domain.integration.IntegrationTokens;
import org.caredesk.web.ApiError;

/**
 * The telephony integration: a PBX announces calls with an integration token ({@code Authorization: Bearer
 * …}, created by a supervisor). No staff sign-in: web.xml leaves this path to the token check here, which
 * comes before any check of the body (the domain checks the fields), so a wrong token is always 401.
 */
@Path("v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CallsResource {
    private static final String BEARER = "Bearer ";

    private final IntegrationTokens tokens;
    private final IncomingCalls calls;

    protected CallsResource() {
        this(null, null);
    }

    @Inject
    public CallsResource(IntegrationTokens tokens, IncomingCalls calls) {
        this.tokens = tokens;
        this.calls = calls;
    }

    /** A call rings at an agent: 201 {@code {"callId"}}; that agent's consoles pop the caller. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ring(@HeaderParam("Authorization") String authorization, CallRequest body) {
        Optional<Long> token = token(authorization);
        if (token.isEmpty()) {
            return unauthorized();
        }
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        try {
            long callId = calls.ring(token.get(), body.from(), body.to(), body.agent());
            return Response.status(Response.Status.CREATED)
                    .entity(Map.of("callId", callId))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The call ended: it goes on the caller's timeline as a phone contact. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response end(
            @HeaderParam("Authorization") String authorization, @PathParam("id") long id, CallEndRequest body) {
        if (token(authorization).isEmpty()) {
            return unauthorized();
        }
        if (body == null) {
            throw new BadRequestException("a JSON body is required");
        }
        try {
            var ended = calls.end(id, body.durationSeconds(), body.outcome());
            return Response.ok(Map.of(
                            "callId", ended.callId(),
                            "durationSeconds", ended.durationSeconds(),
                            "outcome", ended.outcome()))
                    .build();
        } catch (CallNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private Optional<Long> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return tokens.authenticate(authorization.substring(BEARER.length()).trim());
    }

    private static Response unauthorized() {
        Response error = ApiError.of(
                Response.Status.UNAUTHORIZED,
                "unauthorized",
                "An integration token is required: Authorization: Bearer <token>, created by a supervisor");
        return Response.fromResponse(error)
                .header("WWW-Authenticate", "Bearer realm=\"CareDesk\"")
                .build();
    }
}
