package org.caredesk.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The console sign-in page's "Sign in with your organisation": whether to offer it, and the page's
 * message when the provider's sign-in was refused (bundle keys {@code login.organisation.<reason>}).
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

    /** The view action: says why the last organisation sign-in was refused, if it was. */
    public void showRefusal() {
        if (refused == null || !REASONS.contains(refused)) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("login.organisation." + refused);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }
}
