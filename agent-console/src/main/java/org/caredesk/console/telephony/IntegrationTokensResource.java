package org.caredesk.console.telephony;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.integration.IntegrationTokens;
import org.caredesk.domain.integration.TokenView;

/**
 * Integration tokens through the agent API, for supervisors (web.xml): the same as the Telephony page, for
 * scripted set-ups. The token itself is in the answer to its creation only.
 */
@Path("v1/integration-tokens")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class IntegrationTokensResource {
    private final IntegrationTokens tokens;

    @Context
    private SecurityContext security;

    protected IntegrationTokensResource() {
        this(null);
    }

    @Inject
    public IntegrationTokensResource(IntegrationTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    public List<TokenView> all() {
        return tokens.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid TokenRequest body) {
        try {
            IntegrationTokens.Created created =
                    tokens.create(body.name(), security.getUserPrincipal().getName());
            return Response.status(Response.Status.CREATED)
                    .entity(Map.of("id", created.token().id(), "token", created.secret()))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        if (!tokens.revoke(id, security.getUserPrincipal().getName())) {
            throw new NotFoundException("No integration token " + id);
        }
        return Response.noContent().build();
    }
}
