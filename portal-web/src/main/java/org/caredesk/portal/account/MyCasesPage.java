package org.caredesk.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.customer.CustomerDirectory;

import java.util.List;

/** The signed-in customer's own cases. */
@Named
@RequestScoped
public class MyCasesPage {
    private final CaseQueries queries;
    private final CustomerDirectory customers;
    private List<CaseSummary> cases;

    protected MyCasesPage() {
        this(null, null);
    }

    @Inject
    public MyCasesPage(CaseQueries queries, CustomerDirectory customers) {
        this.queries = queries;
        this.customers = customers;
    }

    public List<CaseSummary> getCases() {
        if (cases == null) {
            String login = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            cases = customers.customerIdOf(login).map(queries::ofCustomer).orElse(List.of());
        }
        return cases;
    }

    public String getUser() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
