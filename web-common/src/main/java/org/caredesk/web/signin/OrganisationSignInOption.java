package org.caredesk.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The console sign-in page's "Sign in with your organisation": whether to offer it, and the page's
 * words when the provider's sign-in was refused (bundle keys {@code login.organisation.<reason>}).
 */
@Named
@RequestScoped
public class OrganisationSignInOption {
    private static final Set<String> REASONS = Set.of("unknown", "state", "failed");

    private final OrganisationSignIn signIn;
    private String refused;

    protected OrganisationSignInOption() {
        this(null);
    }

    @Inject
    public OrganisationSignInOption(OrganisationSignIn signIn) {
        this.signIn = signIn;
    }

    public boolean isAvailable() {
        return signIn.available();
    }

    /** The route's path inside the application, for the button's link. */
    public String getStart() {
        return OrganisationSignIn.START;
    }

    /**
     * Why the last organisation sign-in was refused, in the page's language, or null. Shown in an element of
     * its own with {@code role="alert"}: PrimeFaces' messages list is not a valid list to axe.
     */
    public String getRefusal() {
        if (refused == null || !REASONS.contains(refused)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString("login.organisation." + refused);
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }
}
