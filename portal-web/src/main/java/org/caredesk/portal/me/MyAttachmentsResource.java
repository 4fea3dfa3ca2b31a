package org.caredesk.portal.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.caredesk.domain.cases.AttachmentFile;
import org.caredesk.domain.cases.Attachments;
import org.caredesk.domain.cases.UploadResult;
import org.caredesk.domain.user.CustomerDirectory;
import org.caredesk.web.ApiError;
import org.caredesk.web.PathIds;

/** {@code /api/v1/me/attachments…}: photos and PDFs on the signed-in customer's own cases. */
@Path("v1/me/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MyAttachmentsResource {
    private final CustomerDirectory directory;
    private final Attachments attachments;

    @Context
    private SecurityContext security;

    protected MyAttachmentsResource() {
        this(null, null);
    }

    @Inject
    public MyAttachmentsResource(CustomerDirectory directory, Attachments attachments) {
        this.directory = directory;
        this.attachments = attachments;
    }

    /**
     * Attaches a photo or PDF (the raw bytes as the body) to one of the customer's cases. The type
     * is read from the content; the body limit (5 MB) is enforced before it is read (413).
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @QueryParam("caseNumber") String caseNumber,
            @QueryParam("fileName") String fileName,
            java.io.InputStream body)
            throws java.io.IOException {
        byte[] content = body.readNBytes(Attachments.MAX_BYTES + 1);
        UploadResult result = attachments.attach(caseNumber, customerId(), fileName, content);
        return switch (result.outcome()) {
            case STORED ->
                Response.status(Response.Status.CREATED)
                        .location(java.net.URI.create(
                                "/api/v1/me/attachments/" + result.attachment().id()))
                        .entity(result.attachment())
                        .build();
            case NOT_FOUND -> throw new NotFoundException(MyCasesResource.NO_CASE);
            case TOO_LARGE ->
                ApiError.of(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "too_large",
                        "An attachment may have at most " + Attachments.MAX_BYTES + " bytes");
            case WRONG_TYPE ->
                ApiError.of(
                        Response.Status.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported_media_type",
                        "Only JPEG, PNG and PDF files can be attached (recognised by their content)");
            case EMPTY -> ApiError.of(Response.Status.BAD_REQUEST, "invalid_input", "body: the file is empty");
            case TOO_MANY ->
                ApiError.of(
                        Response.Status.CONFLICT,
                        "conflict",
                        "The case already has " + Attachments.MAX_PER_CASE + " attachments");
        };
    }

    /** An attachment of one of the customer's own cases; anyone else's is 404. */
    @GET
    @Path("{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    public Response attachment(@PathParam("id") String id) {
        AttachmentFile file = PathIds.parse(id)
                .flatMap(n -> attachments.forCustomer(n, customerId()))
                .orElseThrow(() -> new NotFoundException("No attachment " + id));
        return Response.ok(file.content(), file.contentType())
                // A download in a sandbox, never a page of this origin (PDF/HTML polyglots).
                .header("Content-Disposition", org.caredesk.web.AttachmentDisposition.of(file.fileName()))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private long customerId() {
        return MyCustomer.id(security, directory);
    }
}
