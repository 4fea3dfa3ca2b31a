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
import org.caredesk.domain.chat.ChatService;
import org.caredesk.domain.chat.ChatTicket;
import org.caredesk.domain.user.CustomerDirectory;
import org.caredesk.domain.presence.Presence;
import org.caredesk.web.ApiError;
import org.caredesk.domain.ratelimit.SubmissionRateLimiter;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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
    private final CustomerDirectory customers;
    private final SubmissionRateLimiter rateLimiter;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    protected ChatResource() {
        this(null, null, null, null);
    }

    @Inject
    public ChatResource(ChatService chats, Presence presence, CustomerDirectory customers, SubmissionRateLimiter rateLimiter) {
        this.chats = chats;
        this.presence = presence;
        this.customers = customers;
        this.rateLimiter = rateLimiter;
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
        Optional<Long> customerId = signedInCustomer();
        if (customerId.isEmpty()) {
            OptionalLong retryAfter = rateLimiter.acquire(request.getRemoteAddr());
            if (retryAfter.isPresent()) {
                return Response.fromResponse(ApiError.of(Response.Status.TOO_MANY_REQUESTS, "too_many_requests",
                                "Too many chats and cases from this address; try again in " + retryAfter.getAsLong() + " s"))
                        .header("Retry-After", retryAfter.getAsLong()).build();
            }
        }
        if (presence.agentsAvailable() == 0) {
            return ApiError.of(Response.Status.CONFLICT, "no_agent_available",
                    "No agent is available to chat right now; please open a case instead");
        }
        ChatTicket ticket = chats.start(chat.name(), chat.language(), chat.message(), customerId.orElse(null));
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }

    private Optional<Long> signedInCustomer() {
        if (security.getUserPrincipal() == null || !security.isUserInRole("customer")) {
            return Optional.empty();
        }
        return customers.customerIdOf(security.getUserPrincipal().getName());
    }
}
