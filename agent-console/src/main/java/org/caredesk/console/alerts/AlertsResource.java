package org.caredesk.console.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caredesk.domain.alert.AlertQueries;
import org.caredesk.domain.alert.AlertStatus;
import org.caredesk.domain.alert.AlertView;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code GET /console/api/v1/alerts?status=}: early-warning alerts for agents, newest first. */
@Path("v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AlertsResource {
    private final AlertQueries alerts;

    protected AlertsResource() {
        this(null);
    }

    @Inject
    public AlertsResource(AlertQueries alerts) {
        this.alerts = alerts;
    }

    @GET
    public List<AlertView> list(@QueryParam("status") String status) {
        return alerts.list(parse(status));
    }

    private static AlertStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AlertStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of "
                    + Arrays.stream(AlertStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
