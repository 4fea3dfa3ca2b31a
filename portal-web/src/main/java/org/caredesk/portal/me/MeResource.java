package org.caredesk.portal.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.caredesk.domain.cases.UploadResult;
import org.caredesk.web.ApiError;
import jakarta.ws.rs.core.Response;
import org.caredesk.domain.cases.CaseActions;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.cases.AttachmentFile;
import org.caredesk.domain.cases.Attachments;
import org.caredesk.domain.privacy.rights.AccountErasure;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.rights.DataAccessReport;
import org.caredesk.domain.privacy.rights.MyData;
import org.caredesk.domain.privacy.rights.MyDataExport;
import org.caredesk.web.PathIds;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.user.CustomerDirectory;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;
import org.caredesk.domain.recall.OwnerRecallNotice;
import org.caredesk.domain.recall.RecallNotices;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/me…}: the signed-in customer's own profile, accounts, products and cases (HTTP
 * Basic as the customer; the customer-only constraint is in web.xml). Nothing here takes an id:
 * a customer can only ever reach their own data.
 */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {
    private static final String NO_CASE = "No case with that number among yours";
    private final CustomerDirectory directory;
    private final CustomerProfiles profiles;
    private final CaseQueries cases;
    private final RecallNotices recalls;
    private final CaseActions actions;
    private final Attachments attachments;
    private final MyDataExport export;
    private final ConsentCentre consents;
    private final DataAccessReport accessReport;
    private final AccountErasure erasure;

    @Context
    private SecurityContext security;

    protected MeResource() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @Inject
    public MeResource(CustomerDirectory directory, CustomerProfiles profiles, CaseQueries cases, RecallNotices recalls,
                      CaseActions actions, Attachments attachments, MyDataExport export, ConsentCentre consents,
                      DataAccessReport accessReport, AccountErasure erasure) {
        this.directory = directory;
        this.profiles = profiles;
        this.cases = cases;
        this.recalls = recalls;
        this.actions = actions;
        this.attachments = attachments;
        this.export = export;
        this.consents = consents;
        this.accessReport = accessReport;
        this.erasure = erasure;
    }

    /** A rating of a resolved case. */
    /** {@code score} as a decimal so that 1.5 or a number too large for an int is refused, not rounded or wrapped. */
    public record RatingRequest(@NotNull(message = "score is required")
                                @Digits(integer = 1, fraction = 0, message = "score must be a whole number from 1 to 5")
                                @Min(value = 1, message = "score must be a whole number from 1 to 5")
                                @Max(value = 5, message = "score must be a whole number from 1 to 5") java.math.BigDecimal score,
                                @Size(max = 2000) String comment) {
    }

    /** The customer's profile and consents. */
    public record Me(long id, String name, String email, String phone, String language, Map<String, Boolean> consents) {
    }

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
    public record OwnedProduct(String productCode, String product, String serialNumber, LocalDate purchasedOn,
                               LocalDate warrantyEnd, List<RecallNotice> recallNotices) {
    }

    /** A recall notice in the customer's language where it was written in it. */
    public record RecallNotice(long id, String language, String title, String text, String remedy, LocalDate issuedOn) {
    }

    /** One of the customer's accounts by its number; anyone else's is 404, like a missing one. */
    @GET
    @Path("accounts/{number}")
    public CustomerProfile.AccountView account(@PathParam("number") String number) {
        return profile().accounts().stream().filter(a -> a.number().equals(number)).findFirst()
                .orElseThrow(() -> new NotFoundException("No account " + number + " among yours"));
    }

    /** One of the customer's products by its serial number; anyone else's is 404, like a missing one. */
    @GET
    @Path("products/{serialNumber}")
    public CustomerProfile.OwnedProductView product(@PathParam("serialNumber") String serialNumber) {
        return profile().products().stream().filter(p -> p.serialNumber().equals(serialNumber)).findFirst()
                .orElseThrow(() -> new NotFoundException("No product with serial number " + serialNumber + " among yours"));
    }

    @GET
    @Path("products")
    public List<OwnedProduct> products() {
        CustomerProfile p = profile();
        List<OwnerRecallNotice> notices = recalls.ofOwner(p.id());
        return p.products().stream().map(o -> new OwnedProduct(o.productCode(), o.product(), o.serialNumber(),
                o.purchasedOn(), o.warrantyEnd(), notices.stream()
                .filter(n -> n.productCode().equals(o.productCode()) && n.serialNumber().equals(o.serialNumber()))
                .map(n -> new RecallNotice(n.noticeId(), n.language(), n.title(), n.body(), n.remedy(), n.issuedOn()))
                .toList())).toList();
    }

    @GET
    @Path("cases")
    public List<CaseSummary> myCases() {
        return cases.ofCustomer(customerId());
    }

    @GET
    @Path("cases/{caseNumber}")
    public CaseView myCase(@PathParam("caseNumber") String caseNumber) {
        return cases.forCustomer(caseNumber, customerId()).orElseThrow(() -> new NotFoundException(NO_CASE));
    }

    @POST
    @Path("cases/{caseNumber}/close")
    public CaseView close(@PathParam("caseNumber") String caseNumber) {
        return afterAction(caseNumber, actions.close(caseNumber, customerId()), "The case is already closed");
    }

    @POST
    @Path("cases/{caseNumber}/reopen")
    public CaseView reopen(@PathParam("caseNumber") String caseNumber) {
        return afterAction(caseNumber, actions.reopen(caseNumber, customerId()), "Only a resolved or closed case can be reopened");
    }

    @POST
    @Path("cases/{caseNumber}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView rate(@PathParam("caseNumber") String caseNumber,
                         @NotNull(message = "a JSON body is required") @Valid RatingRequest rating) {
        return afterAction(caseNumber, actions.rate(caseNumber, customerId(), rating.score().intValueExact(), rating.comment()),
                "The case can be rated once, after it is resolved");
    }

    private CaseView afterAction(String caseNumber, CaseActions.Outcome outcome, String conflict) {
        return switch (outcome) {
            case NOT_FOUND -> throw new NotFoundException(NO_CASE);
            case NOT_ALLOWED -> throw new ClientErrorException(conflict, Response.Status.CONFLICT);
            case DONE -> myCase(caseNumber);
        };
    }

    /**
     * Attaches a photo or PDF (the raw bytes as the body) to one of the customer's cases. The type
     * is read from the content; the body limit (5 MB) is enforced before it is read (413).
     */
    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("caseNumber") String caseNumber, @QueryParam("fileName") String fileName,
                           java.io.InputStream body) throws java.io.IOException {
        byte[] content = body.readNBytes(Attachments.MAX_BYTES + 1);
        UploadResult result = attachments.attach(caseNumber, customerId(), fileName, content);
        return switch (result.outcome()) {
            case STORED -> Response.status(Response.Status.CREATED)
                    .location(java.net.URI.create("/api/v1/me/attachments/" + result.attachment().id()))
                    .entity(result.attachment()).build();
            case NOT_FOUND -> throw new NotFoundException(NO_CASE);
            case TOO_LARGE -> ApiError.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large",
                    "An attachment may have at most " + Attachments.MAX_BYTES + " bytes");
            case WRONG_TYPE -> ApiError.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Only JPEG, PNG and PDF files can be attached (recognised by their content)");
            case EMPTY -> ApiError.of(Response.Status.BAD_REQUEST, "invalid_input", "body: the file is empty");
            case TOO_MANY -> ApiError.of(Response.Status.CONFLICT, "conflict",
                    "The case already has " + Attachments.MAX_PER_CASE + " attachments");
        };
    }

    /** An attachment of one of the customer's own cases; anyone else's is 404. */
    @GET
    @Path("attachments/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    public Response attachment(@PathParam("id") String id) {
        AttachmentFile file = PathIds.parse(id).flatMap(n -> attachments.forCustomer(n, customerId()))
                .orElseThrow(() -> new NotFoundException("No attachment " + id));
        return Response.ok(file.content(), file.contentType())
                // A download in a sandbox, never a page of this origin (PDF/HTML polyglots).
                .header("Content-Disposition", org.caredesk.web.AttachmentDisposition.of(file.fileName()))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
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
        return directory.customerIdOf(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("No customer record for this login"));
    }
}
