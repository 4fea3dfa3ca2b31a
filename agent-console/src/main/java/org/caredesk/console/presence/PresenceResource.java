package org.caredesk.console.presence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.presence.AgentStatus;
import org.caredesk.domain.presence.Presence;
import org.caredesk.domain.presence.QueueFigures;
import org.caredesk.domain.presence.SupervisionBoard;

/**
 * Presence: the signed-in agent marks themselves away or back ({@code PUT /console/api/v1/presence/me}),
 * and staff read the supervision board ({@code GET /console/api/v1/presence}).
 */
@Path("v1/presence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PresenceResource {
    private final Presence presence;
    private final SupervisionBoard board;

    @Context
    private SecurityContext security;

    protected PresenceResource() {
        this(null, null);
    }

    @Inject
    public PresenceResource(Presence presence, SupervisionBoard board) {
        this.presence = presence;
        this.board = board;
    }

    /** Body of {@code PUT /me}. */
    public record AwayRequest(
            @NotNull(message = "away is required") Boolean away) {}

    public record Board(List<AgentStatus> agents, QueueFigures queues) {}

    @GET
    public Board board() {
        return new Board(board.agents(), board.queues());
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> away(@NotNull(message = "a JSON body is required") @Valid AwayRequest request) {
        String me = security.getUserPrincipal().getName();
        presence.away(me, request.away());
        return Map.of("status", presence.statusOf(me));
    }
}
