package org.caredesk.console.automation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.caredesk.domain.automation.RuleDefinition;
import org.caredesk.domain.automation.RuleView;
import org.caredesk.domain.automation.Rules;
import org.caredesk.domain.webhook.WebhookDeliveryView;
import org.caredesk.domain.webhook.WebhookView;
import org.caredesk.domain.webhook.Webhooks;
import org.caredesk.web.ApiError;
import org.caredesk.web.PathIds;

/**
 * {@code /console/api/v1/automation}: supervisors manage rules and webhooks (the supervisor-only constraint
 * is in web.xml). Bad input answers 400 naming the field; an unknown id 404.
 */
@Path("v1/automation")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AutomationResource {
    private final Rules rules;
    private final Webhooks webhooks;

    protected AutomationResource() {
        this(null, null);
    }

    @Inject
    public AutomationResource(Rules rules, Webhooks webhooks) {
        this.rules = rules;
        this.webhooks = webhooks;
    }

    @GET
    @Path("rules")
    public List<RuleView> rules() {
        return rules.all();
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createRule(@NotNull(message = "a JSON body is required") RuleDefinition rule) {
        return Response.status(Response.Status.CREATED)
                .entity(checked(() -> rules.create(rule)))
                .build();
    }

    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleView updateRule(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") RuleDefinition rule) {
        long ruleId = ruleId(id);
        return checked(() -> rules.update(ruleId, rule));
    }

    @DELETE
    @Path("rules/{id}")
    public Response deleteRule(@PathParam("id") String id) {
        rules.delete(ruleId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("webhooks")
    public List<WebhookView> webhooks() {
        return webhooks.all();
    }

    /** Answers the webhook with its secret, shown this once. */
    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createWebhook(@NotNull(message = "a JSON body is required") WebhookRequest hook) {
        return Response.status(Response.Status.CREATED)
                .entity(checked(() ->
                        webhooks.create(hook.name(), hook.url(), hook.secret(), hook.events(), hook.enabledOrTrue())))
                .build();
    }

    @PUT
    @Path("webhooks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookView updateWebhook(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") WebhookRequest hook) {
        long hookId = webhookId(id);
        return checked(() ->
                webhooks.update(hookId, hook.name(), hook.url(), hook.secret(), hook.events(), hook.enabledOrTrue()));
    }

    @DELETE
    @Path("webhooks/{id}")
    public Response deleteWebhook(@PathParam("id") String id) {
        long hookId = webhookId(id);
        try {
            webhooks.delete(hookId);
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
        return Response.noContent().build();
    }

    @GET
    @Path("webhooks/{id}/deliveries")
    public List<WebhookDeliveryView> deliveries(@PathParam("id") String id) {
        return webhooks.deliveries(webhookId(id), 100);
    }

    private long ruleId(String id) {
        return PathIds.parse(id)
                .filter(n -> rules.byId(n).isPresent())
                .orElseThrow(() -> new NotFoundException("No rule " + id));
    }

    private long webhookId(String id) {
        return PathIds.parse(id)
                .filter(n -> webhooks.byId(n).isPresent())
                .orElseThrow(() -> new NotFoundException("No webhook " + id));
    }

    static <T> T checked(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** A webhook as a supervisor sends it; a blank secret keeps (or, new, makes up) one; enabled by default. */
    public record WebhookRequest(String name, String url, String secret, List<String> events, Boolean enabled) {
        boolean enabledOrTrue() {
            return enabled == null || enabled;
        }
    }
}
