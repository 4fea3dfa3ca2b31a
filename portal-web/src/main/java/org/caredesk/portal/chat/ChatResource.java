package org.caredesk.portal.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.OptionalLong;
import org.caredesk.domain.chat.ChatService;
import org.caredesk.domain.chat.ChatTicket;
import org.caredesk.domain.presence.Presence;
import org.caredesk.domain.user.Requester;
import org.caredesk.domain.user.Requesters;
import org.caredesk.web.ApiError;

/**
 * Starting a live chat: whether an agent is available, and a new chat (anyone; anonymous callers
 * share the case-submission limit per address). The conversation itself runs on {@code /ws/chat}.
 */
@Path("v1/chats")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ChatResource {
    private final ChatService chats;
    private final Presence presence;
    private final Requesters requesters;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    protected ChatResource() {
        this(null, null, null);
    }

    @Inject
    public ChatResource(ChatService chats, Presence presence, Requesters requesters) {
        this.chats = chats;
        this.presence = presence;
        this.requesters = requesters;
    }

    @GET
    @Path("availability")
    public Map<String, Object> availability() {
        long agents = presence.agentsAvailable();
        return Map.of("agentsAvailable", agents, "available", agents > 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid ChatRequest body) {
        ChatRequest chat = body == null ? new ChatRequest(null, null, null) : body;
        var principal = security.getUserPrincipal();
        Requester requester = requesters.identify(
                principal == null ? null : principal.getName(),
                security.isUserInRole("customer"),
                request.getRemoteAddr());
        OptionalLong retryAfter = requesters.admit(requester);
        if (retryAfter.isPresent()) {
            return Response.fromResponse(ApiError.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "too_many_requests",
                            "Too many chats and cases from this address; try again in " + retryAfter.getAsLong()
                                    + " s"))
                    .header("Retry-After", retryAfter.getAsLong())
                    .build();
        }
        if (presence.agentsAvailable() == 0) {
            return ApiError.of(
                    Response.Status.CONFLICT,
                    "no_agent_available",
                    "No agent is available to chat right now; please open a case instead");
        }
        ChatTicket ticket = chats.start(chat.name(), chat.language(), chat.message(), requester.customerId());
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }
}
