package org.caredesk.portal.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.rights.AccountErasure;
import org.caredesk.domain.privacy.rights.DataAccessReport;
import org.caredesk.domain.privacy.rights.MyData;
import org.caredesk.domain.privacy.rights.MyDataExport;
import org.caredesk.domain.recall.OwnedUnits;
import org.caredesk.domain.user.CustomerDirectory;

/**
 * {@code /api/v1/me…}: the signed-in customer's own profile, accounts and products, and their data
 * rights (export, consents, access log, erasure), over HTTP Basic as the customer (the customer-only
 * constraint is in web.xml). Nothing here takes an id: a customer can only ever reach their own data.
 * Their cases and attachments are {@link MyCasesResource} and {@link MyAttachmentsResource}.
 */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {
    private final CustomerDirectory directory;
    private final CustomerProfiles profiles;
    private final OwnedUnits units;
    private final MyDataExport export;
    private final ConsentCentre consents;
    private final DataAccessReport accessReport;
    private final AccountErasure erasure;

    @Context
    private SecurityContext security;

    protected MeResource() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public MeResource(
            CustomerDirectory directory,
            CustomerProfiles profiles,
            OwnedUnits units,
            MyDataExport export,
            ConsentCentre consents,
            DataAccessReport accessReport,
            AccountErasure erasure) {
        this.directory = directory;
        this.profiles = profiles;
        this.units = units;
        this.export = export;
        this.consents = consents;
        this.accessReport = accessReport;
        this.erasure = erasure;
    }

    /** The customer's profile and consents. */
    public record Me(
            long id, String name, String email, String phone, String language, Map<String, Boolean> consents) {}

    @GET
    public Me me() {
        CustomerProfile p = profile();
        return new Me(p.id(), p.name(), p.email(), p.phone(), p.language(), p.consents());
    }

    @GET
    @Path("accounts")
    public List<CustomerProfile.AccountView> accounts() {
        return profile().accounts();
    }

    /** A product owned, as docs/api.md describes it, plus the recall notices that affect this unit (empty when none). */
    public record OwnedProduct(
            String productCode,
            String product,
            String serialNumber,
            LocalDate purchasedOn,
            LocalDate warrantyEnd,
            List<RecallNotice> recallNotices) {}

    /** A recall notice in the customer's language where it was written in it. */
    public record RecallNotice(
            long id, String language, String title, String text, String remedy, LocalDate issuedOn) {}

    /** One of the customer's accounts by its number; anyone else's is 404, like a missing one. */
    @GET
    @Path("accounts/{number}")
    public CustomerProfile.AccountView account(@PathParam("number") String number) {
        return profile().accounts().stream()
                .filter(a -> a.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No account " + number + " among yours"));
    }

    /** One of the customer's products by its serial number; anyone else's is 404, like a missing one. */
    @GET
    @Path("products/{serialNumber}")
    public CustomerProfile.OwnedProductView product(@PathParam("serialNumber") String serialNumber) {
        return profile().products().stream()
                .filter(p -> p.serialNumber().equals(serialNumber))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("No product with serial number " + serialNumber + " among yours"));
    }

    @GET
    @Path("products")
    public List<OwnedProduct> products() {
        return units.of(customerId()).orElseThrow(() -> new NotFoundException("No customer record")).stream()
                .map(u -> new OwnedProduct(
                        u.product().productCode(),
                        u.product().product(),
                        u.product().serialNumber(),
                        u.product().purchasedOn(),
                        u.product().warrantyEnd(),
                        u.recallNotices().stream()
                                .map(n -> new RecallNotice(
                                        n.noticeId(), n.language(), n.title(), n.body(), n.remedy(), n.issuedOn()))
                                .toList()))
                .toList();
    }

    /** "Download my data": everything held about the customer, as a JSON file. */
    @GET
    @Path("export")
    public Response export() {
        MyData data = export.of(customerId()).orElseThrow(() -> new NotFoundException("No customer record"));
        return Response.ok(data, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"my-caredesk-data.json\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("consents")
    public List<ConsentCentre.Decision> consentHistory() {
        return consents.history(customerId());
    }

    /** "Who looked at my data": staff access to this customer's record. */
    @GET
    @Path("access-log")
    public List<DataAccessReport.Access> accessLog() {
        return accessReport.of(customerId());
    }

    /** "Erase my account": at once; the credentials used for this call stop working. */
    @DELETE
    public Response erase() {
        customerId();
        erasure.erase(security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    private CustomerProfile profile() {
        return profiles.own(customerId()).orElseThrow(() -> new NotFoundException("No customer record"));
    }

    private long customerId() {
        return MyCustomer.id(security, directory);
    }
}
