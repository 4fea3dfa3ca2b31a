package org.caredesk.console.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.alert.AlertDecision;
import org.caredesk.domain.alert.AlertOrder;
import org.caredesk.domain.alert.AlertQueries;
import org.caredesk.domain.alert.AlertStatus;
import org.caredesk.domain.alert.AlertView;
import org.caredesk.domain.alert.AlertWorkflow;
import org.caredesk.web.ApiError;
import org.caredesk.web.PathIds;

/**
 * {@code GET /console/api/v1/alerts?status=}: early-warning alerts for agents, newest first;
 * {@code PUT /console/api/v1/alerts/{id}/status}: a supervisor's decision (constraint in web.xml).
 */
@Path("v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AlertsResource {
    private final AlertQueries alerts;
    private final AlertWorkflow workflow;

    @Context
    private SecurityContext security;

    protected AlertsResource() {
        this(null, null);
    }

    @Inject
    public AlertsResource(AlertQueries alerts, AlertWorkflow workflow) {
        this.alerts = alerts;
        this.workflow = workflow;
    }

    @GET
    public List<AlertView> list(@QueryParam("status") String status, @QueryParam("order") String order) {
        return alerts.list(parse(status), order(order));
    }

    private static AlertOrder order(String order) {
        if (order == null || order.isBlank()) {
            return AlertOrder.NEWEST;
        }
        try {
            return AlertOrder.valueOf(order.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("order must be one of [newest, severity]");
        }
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid AlertDecision decision) {
        long alertId = PathIds.parse(id).orElseThrow(() -> new NotFoundException("No alert " + id));
        try {
            AlertView view = workflow.decide(
                            alertId, decision, security.getUserPrincipal().getName())
                    .orElseThrow(() -> new NotFoundException("No alert " + id));
            return Response.ok(view).build();
        } catch (IllegalStateException e) {
            return ApiError.of(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
    }

    private static AlertStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AlertStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of "
                    + Arrays.stream(AlertStatus.values())
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
