package org.caredesk.console.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;

/** {@code GET /console/api/v1/customers?phone=|email=}: the screen pop, audited. */
@Path("v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CustomersResource {
    private final CustomerProfiles profiles;

    @Context
    private SecurityContext security;

    protected CustomersResource() {
        this(null);
    }

    @Inject
    public CustomersResource(CustomerProfiles profiles) {
        this.profiles = profiles;
    }

    @GET
    public CustomerProfile screenPop(@QueryParam("phone") String phone, @QueryParam("email") String email) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byPhone = phone != null && !phone.isBlank();
        if (byEmail == byPhone) {
            throw new BadRequestException("Give exactly one of phone or email");
        }
        return profiles.screenPop(email, phone, security.getUserPrincipal().getName())
                .orElseThrow(
                        () -> new NotFoundException("No customer with that " + (byEmail ? "e-mail" : "phone number")));
    }
}
