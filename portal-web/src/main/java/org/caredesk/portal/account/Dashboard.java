package org.caredesk.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;

/** The customer's home: accounts with billing history, products owned, and every case. */
@Named
@RequestScoped
public class Dashboard {
    private final SignedInCustomer customer;
    private final CustomerProfiles profiles;
    private final CaseQueries cases;
    private CustomerProfile profile;
    private List<CaseSummary> myCases;

    protected Dashboard() {
        this(null, null, null);
    }

    @Inject
    public Dashboard(SignedInCustomer customer, CustomerProfiles profiles, CaseQueries cases) {
        this.customer = customer;
        this.profiles = profiles;
        this.cases = cases;
    }

    public CustomerProfile getProfile() {
        if (profile == null) {
            profile = customer.id().flatMap(profiles::own).orElse(null);
        }
        return profile;
    }

    public List<CustomerProfile.AccountView> getAccounts() {
        return getProfile() == null ? List.of() : getProfile().accounts();
    }

    public List<CustomerProfile.OwnedProductView> getProducts() {
        return getProfile() == null ? List.of() : getProfile().products();
    }

    public List<CaseSummary> getCases() {
        if (myCases == null) {
            myCases = customer.id().map(cases::ofCustomer).orElse(List.of());
        }
        return myCases;
    }

    public boolean underWarranty(CustomerProfile.OwnedProductView product) {
        return product.warrantyEnd() != null && !product.warrantyEnd().isBefore(LocalDate.now());
    }

    public String getUser() {
        return customer.login();
    }
}
