package org.caredesk.portal.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.user.Registration;

/** The page the verification link opens: confirms the address once. */
@Named
@RequestScoped
public class VerifyPage {
    private final Registration registration;
    private String token;
    private Registration.Verified verified;
    private boolean checked;

    protected VerifyPage() {
        this(null);
    }

    @Inject
    public VerifyPage(Registration registration) {
        this.registration = registration;
    }

    public void onLoad() {
        if (!checked) {
            verified = registration.verify(token).orElse(null);
            checked = true;
        }
    }

    public Registration.Verified getVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
