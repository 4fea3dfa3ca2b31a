package org.caredesk.portal.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.customer.CustomerDirectory;
import org.caredesk.domain.customer.CustomerProfile;
import org.caredesk.domain.customer.CustomerProfiles;
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
    private final CustomerDirectory directory;
    private final CustomerProfiles profiles;
    private final CaseQueries cases;
    private final RecallNotices recalls;

    @Context
    private SecurityContext security;

    protected MeResource() {
        this(null, null, null, null);
    }

    @Inject
    public MeResource(CustomerDirectory directory, CustomerProfiles profiles, CaseQueries cases, RecallNotices recalls) {
        this.directory = directory;
        this.profiles = profiles;
        this.cases = cases;
        this.recalls = recalls;
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

    /** A product owned, as in the CONTRACT, plus the recall notices that affect this unit (empty when none). */
    public record OwnedProduct(String productCode, String product, String serialNumber, LocalDate purchasedOn,
                               LocalDate warrantyEnd, List<RecallNotice> recallNotices) {
    }

    /** A recall notice in the customer's language where it was written in it. */
    public record RecallNotice(long id, String language, String title, String text, String remedy, LocalDate issuedOn) {
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

    private CustomerProfile profile() {
        return profiles.own(customerId()).orElseThrow(() -> new NotFoundException("No customer record"));
    }

    private long customerId() {
        return directory.customerIdOf(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("No customer record for this login"));
    }
}
