package org.caredesk.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.domain.mail.MailboxSettings;
import org.caredesk.domain.mail.inbound.MailboxStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The mailbox on {@code /health}: "degraded" while it cannot be read (CareDesk still serves every
 * other channel, and the reader retries with back-off), never down. Declared in the portal only,
 * for the reason given on {@link PortalReadiness}.
 */
@Readiness
@ApplicationScoped
public class MailboxHealth implements HealthCheck {
    private final MailboxSettings settings;
    private final MailboxStatus status;

    protected MailboxHealth() {
        this(null, null);
    }

    @Inject
    public MailboxHealth(MailboxSettings settings, MailboxStatus status) {
        this.settings = settings;
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mailbox").up();
        if (!settings.configured()) {
            return response.withData("state", "not configured").build();
        }
        try {
            MailboxStatus.Figures figures = status.figures();
            response.withData("state", figures.healthy() ? "up" : "degraded");
            if (!figures.healthy()) {
                response.withData("lastError", figures.lastError());
            }
        } catch (RuntimeException e) {
            response.withData("state", "unknown");
        }
        return response.build();
    }
}
