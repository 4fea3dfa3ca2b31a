package org.caredesk.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caredesk.domain.user.CustomerDirectory;

/** The customer record of whoever is signed in on this request, if they are a customer. */
@RequestScoped
public class SignedInCustomer {
    private final CustomerDirectory directory;
    private Optional<Long> id;

    protected SignedInCustomer() {
        this(null);
    }

    @Inject
    public SignedInCustomer(CustomerDirectory directory) {
        this.directory = directory;
    }

    public Optional<Long> id() {
        if (id == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            id = external.isUserInRole("customer")
                    ? directory.customerIdOf(external.getRemoteUser())
                    : Optional.empty();
        }
        return id;
    }

    public String login() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** The id, or a 404 answered straight away (a page under /account/ with no customer behind it). */
    public long require() {
        return id().orElseThrow(() -> new jakarta.faces.FacesException("no customer record for " + login()));
    }
}
