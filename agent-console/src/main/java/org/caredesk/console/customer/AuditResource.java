package org.caredesk.console.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.caredesk.domain.audit.AuditTrail;
import org.caredesk.web.PathIds;

/** {@code GET /console/api/v1/audit?customer=ID}: who opened a customer's record (supervisors, web.xml). */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditResource {
    private final AuditTrail trail;

    protected AuditResource() {
        this(null);
    }

    @Inject
    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    public List<AuditTrail.Access> ofCustomer(@QueryParam("customer") String customer) {
        long id = PathIds.parse(customer).orElseThrow(() -> new BadRequestException("customer must be a customer id"));
        return trail.ofCustomer(id);
    }
}
