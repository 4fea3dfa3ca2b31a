package org.caredesk.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.caredesk.domain.platform.InstanceState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live ({@code /health/live}) unless the instance cannot recover by itself: an application failed
 * to start. A database that is down is no reason to restart the instance (readiness says it, and
 * the instance reconnects by itself when the database is back), nor is a stop in progress.
 */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        String failure = InstanceState.find().failure();
        return HealthCheckResponse.named("caredesk-live")
                .status(failure == null)
                .withData("applications", failure == null ? "started or starting" : failure)
                .build();
    }
}
