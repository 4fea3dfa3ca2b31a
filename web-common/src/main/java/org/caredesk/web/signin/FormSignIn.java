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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.caredesk.domain.security.SessionEpochs;
import org.caredesk.domain.security.SignedInUser;

/** Signs a person in or out from a login form page of either web application. */
@ApplicationScoped
public class FormSignIn {
    /** Time to type the code after the password. */
    static final java.time.Duration PENDING_FOR = java.time.Duration.ofMinutes(10);

    private final SecurityContext securityContext;
    private final SessionEpochs epochs;

    protected FormSignIn() {
        this(null, null);
    }

    @Inject
    public FormSignIn(SecurityContext securityContext, SessionEpochs epochs) {
        this.securityContext = securityContext;
        this.epochs = epochs;
    }

    /** True when the e-mail and password are right and the login is not locked. */
    public boolean signIn(String email, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email, new Password(password == null ? "" : password))));
        return status == AuthenticationStatus.SUCCESS;
    }

    /**
     * Ends this browser's sign-in by ending its session, where the sign-in lives ({@link SignedInUser}).
     * No {@code HttpServletRequest.logout()}: on Payara it deregisters from the high-availability single
     * sign-on store, which needs the data grid, and without clustering (no Hazelcast) it threw, so that
     * signing out or erasing one's account showed the error page instead of its own.
     */
    public void signOut() {
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    }

    /**
     * After people changed their own password: every other session of theirs is over (the epoch moved
     * on), but the one that made the change goes on, under a new session id, as people expect when
     * they change a password on purpose. Call it once the change is committed.
     */
    public void keepThisSessionOnly() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
            request.changeSessionId();
            session.setAttribute(
                    SignedInUser.SESSION_ATTRIBUTE,
                    new SignedInUser(
                            user.name(),
                            user.groups(),
                            epochs.current(user.name()).orElse(-1)));
        }
    }

    /** The staff member who gave the right password and owes the second factor, if that is where this browser is. */
    public java.util.Optional<PendingSignIn> pending() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending) {
            if (pending.since().plus(PENDING_FOR).isAfter(java.time.Instant.now())
                    && epochs.current(pending.name()).orElse(-1) == pending.epoch()) {
                return java.util.Optional.of(pending);
            }
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE); // too old, or the password changed meanwhile
        }
        return java.util.Optional.empty();
    }

    /** Signs in the pending staff member once the second factor is checked, under a new session id. */
    public void completeSecondFactor(PendingSignIn pending) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.setAttribute(
                SignedInUser.SESSION_ATTRIBUTE, new SignedInUser(pending.name(), pending.groups(), pending.epoch()));
    }

    /** Only paths inside this application, so the login form cannot bounce anyone elsewhere. */
    public static String safeNext(String next, String fallback) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("://")
                || next.startsWith(CareDeskAuthenticationMechanism.LOGIN_PAGE)) {
            return fallback;
        }
        return next;
    }
}
