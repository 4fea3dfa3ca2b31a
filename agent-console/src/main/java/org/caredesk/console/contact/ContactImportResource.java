package org.caredesk.console.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.caredesk.domain.alert.EarlyWarnings;
import org.caredesk.domain.contact.importing.ContactImport;
import org.caredesk.domain.contact.importing.ImportReport;
import org.caredesk.web.ApiError;

/**
 * {@code POST /console/api/v1/contacts/import}: supervisors replay historical contacts as JSON
 * lines (up to 100,000 lines or 50 MB a request; supervisor-only constraint in web.xml).
 */
@Path("v1/contacts/import")
@RequestScoped
public class ContactImportResource {
    private final ContactImport contactImport;
    private final EarlyWarnings earlyWarnings;

    protected ContactImportResource() {
        this(null, null);
    }

    @Inject
    public ContactImportResource(ContactImport contactImport, EarlyWarnings earlyWarnings) {
        this.contactImport = contactImport;
        this.earlyWarnings = earlyWarnings;
    }

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importContacts(InputStream body) {
        try {
            ImportReport report =
                    contactImport.importLines(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
            // Contacts that continue the detector's history are counted before the answer; older history is
            // counted as if it had arrived live, here or, when rebuilds come too often, by the next scheduled scan.
            earlyWarnings.scanArrivals();
            return Response.ok(report).build();
        } catch (ContactImport.TooManyLines e) {
            return ApiError.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", e.getMessage());
        }
    }
}
