package org.caredesk.console.attachments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.caredesk.domain.cases.AttachmentFile;
import org.caredesk.domain.cases.Attachments;
import org.caredesk.web.PathIds;

/** {@code GET /console/api/v1/attachments/{id}}: a case attachment for staff, written to the audit log. */
@Path("v1/attachments")
@RequestScoped
public class AttachmentsResource {
    private final Attachments attachments;

    @Context
    private SecurityContext security;

    protected AttachmentsResource() {
        this(null);
    }

    @Inject
    public AttachmentsResource(Attachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Path("{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") String id) {
        AttachmentFile file = PathIds.parse(id)
                .flatMap(
                        n -> attachments.forStaff(n, security.getUserPrincipal().getName()))
                .orElseThrow(() -> new NotFoundException("No attachment " + id));
        return Response.ok(file.content(), file.contentType())
                // A download in a sandbox, never a page of this origin (PDF/HTML polyglots).
                .header("Content-Disposition", org.caredesk.web.AttachmentDisposition.of(file.fileName()))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
