package org.caredesk.console.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.secondfactor.SecondFactors;
import org.caredesk.domain.security.LoginThrottle;
import org.caredesk.web.signin.CareDeskAuthenticationMechanism;
import org.caredesk.web.signin.FormSignIn;
import org.caredesk.web.signin.PendingSignIn;

/**
 * The second factor of a staff member: the code asked after the password, its enrolment (from the
 * sign-in when a supervisor made it mandatory, or by choice once signed in) and the recovery codes,
 * shown once. Wrong codes count as failed sign-ins ({@link LoginThrottle}), so guessing is slowed as
 * password guessing is.
 */
@Named
@ViewScoped
public class SecondFactorPage implements Serializable {
    private final transient SecondFactors secondFactors;
    private final transient FormSignIn formSignIn;
    private final transient LoginThrottle throttle;
    private String code;
    private String next;
    private SecondFactors.Enrolment enrolment;
    private List<String> recoveryCodes;

    protected SecondFactorPage() {
        this(null, null, null);
    }

    @Inject
    public SecondFactorPage(SecondFactors secondFactors, FormSignIn formSignIn, LoginThrottle throttle) {
        this.secondFactors = secondFactors;
        this.formSignIn = formSignIn;
        this.throttle = throttle;
    }

    /** What the page shows: "code" after the password, "enrol", "codes" once confirmed, "on" when set up, or "signIn". */
    public String getMode() {
        if (recoveryCodes != null) {
            return "codes";
        }
        Optional<PendingSignIn> pending = formSignIn.pending();
        if (pending.isPresent()) {
            return pending.get().enrolled() ? "code" : "enrol";
        }
        String user = PageMessages.user();
        if (user == null) {
            return "signIn";
        }
        return secondFactors.enabled(user) ? "on" : "enrol";
    }

    public boolean isMandatory() {
        return secondFactors.required();
    }

    public int getRecoveryCodesLeft() {
        String user = PageMessages.user();
        return user == null ? 0 : secondFactors.recoveryCodesLeft(user);
    }

    /** Shows a fresh secret to put into an authenticator app. */
    public void start() {
        String login = login();
        if (login == null) {
            return;
        }
        enrolment = secondFactors.begin(login);
    }

    /** The first code from the app: the second factor is on, and the recovery codes are shown once. */
    public void confirm() {
        String login = login();
        if (login == null || enrolment == null) {
            return;
        }
        Optional<List<String>> codes = secondFactors.confirm(login, code);
        code = null;
        if (codes.isEmpty()) {
            PageMessages.error("secondFactor.wrongCode");
            return;
        }
        recoveryCodes = codes.get();
        enrolment = null; // the secret is never shown again
        formSignIn.pending().ifPresent(formSignIn::completeSecondFactor);
    }

    /** The code (or a recovery code) after the password: signed in, and on to the page asked for. */
    public void signIn() throws IOException {
        Optional<PendingSignIn> pending = formSignIn.pending();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (pending.isEmpty()) {
            external.redirect(external.getRequestContextPath() + CareDeskAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        String name = pending.get().name();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        LoginThrottle.Attempt attempt = throttle.attempt(name, address);
        if (!attempt.delay().isZero()) {
            PageMessages.error("secondFactor.wait", attempt.delay().toSeconds() + 1);
            return;
        }
        SecondFactors.Outcome outcome = secondFactors.verify(name, code);
        code = null;
        if (outcome == SecondFactors.Outcome.WRONG) {
            throttle.failed(name, address);
            PageMessages.error("secondFactor.wrongCode");
            return;
        }
        if (attempt.accountHasFailures()) {
            throttle.succeeded(name);
        }
        formSignIn.completeSecondFactor(pending.get());
        external.redirect(external.getRequestContextPath() + FormSignIn.safeNext(next, "/index.xhtml"));
    }

    public String getHome() {
        return FormSignIn.safeNext(next, "/index.xhtml");
    }

    private String login() {
        Optional<PendingSignIn> pending = formSignIn.pending();
        return pending.isPresent() ? pending.get().name() : PageMessages.user();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public SecondFactors.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
