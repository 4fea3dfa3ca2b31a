package org.caredesk.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caredesk.domain.security.LoginThrottle;
import org.caredesk.domain.security.SuspiciousSignIns;

/**
 * Suspicious sign-in activity for supervisors ({@code GET /console/api/v1/sign-in-activity}): the
 * accounts and client addresses with more failed sign-ins in the last 15 minutes than a person makes,
 * and so being slowed down, across all instances.
 */
@Path("v1/sign-in-activity")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SignInActivityResource {
    private final LoginThrottle throttle;

    protected SignInActivityResource() {
        this(null);
    }

    @Inject
    public SignInActivityResource(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GET
    public List<SuspiciousSignIns> suspicious() {
        return throttle.suspicious();
    }
}
