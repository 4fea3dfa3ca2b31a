package org.caredesk.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs a person in or out from a login form page of either web application. */
@ApplicationScoped
public class FormSignIn {
    private final SecurityContext securityContext;

    protected FormSignIn() {
        this(null);
    }

    @Inject
    public FormSignIn(SecurityContext securityContext) {
        this.securityContext = securityContext;
    }

    /** True when the e-mail and password are right and the login is not locked. */
    public boolean signIn(String email, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                new Password(password == null ? "" : password))));
        return status == AuthenticationStatus.SUCCESS;
    }

    public void signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // already signed out: nothing to undo
        }
        external.invalidateSession();
    }

    /** Only paths inside this application, so the login form cannot bounce anyone elsewhere. */
    public static String safeNext(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("://") || next.startsWith(CareDeskAuthenticationMechanism.LOGIN_PAGE)) {
            return fallback;
        }
        return next;
    }
}
