package org.caredesk.console.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.caredesk.domain.mail.inbound.MailboxStatus;
import org.caredesk.web.PathIds;

/**
 * {@code GET /console/api/v1/mail/originals/{contactId}} (agents): an e-mail contact's original, for
 * "view original": sender, recipients, subject, the HTML sanitised (or null for plain mail), the raw
 * message as text, and why it was not answered when it was automatic.
 */
@Path("v1/mail/originals")
@RequestScoped
public class MailOriginalResource {
    private final MailboxStatus mailbox;

    protected MailOriginalResource() {
        this(null);
    }

    @Inject
    public MailOriginalResource(MailboxStatus mailbox) {
        this.mailbox = mailbox;
    }

    @GET
    @Path("{contactId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response original(@PathParam("contactId") String contactId) {
        MailboxStatus.Original original = PathIds.parse(contactId)
                .flatMap(mailbox::original)
                .orElseThrow(() -> new NotFoundException("No e-mail contact " + contactId));
        return Response.ok(original)
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
