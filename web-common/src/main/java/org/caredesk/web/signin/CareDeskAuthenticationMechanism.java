package org.caredesk.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.caredesk.domain.secondfactor.SecondFactors;
import org.caredesk.domain.security.LoginThrottle;
import org.caredesk.domain.security.SessionEpochs;
import org.caredesk.domain.security.SignedInUser;
import org.caredesk.domain.security.TrustedProxies;
import org.caredesk.domain.security.VerifiedCredentials;
import org.caredesk.web.ForwardedClient;

/**
 * One sign-in mechanism for both web applications: HTTP Basic for API and WebSocket clients
 * (no session is created for them), and the login form for people, whose sign-in lives in the
 * HTTP session under a fresh session id. An unauthenticated request for a protected page is sent
 * to the login form; for an API or WebSocket path it gets 401 with a JSON error.
 */
@ApplicationScoped
public class CareDeskAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Set on a form sign-in refused for throttling: the seconds to wait, for the form to say. */
    public static final String RETRY_AFTER_ATTRIBUTE = "caredesk.signIn.retryAfter";

    private static final String BASIC = "Basic ";
    private static final String SECOND_FACTOR_REFUSAL =
            "This account signs in with a second factor: a password alone (HTTP Basic) is not enough";

    private final IdentityStoreHandler identityStores;
    private final LoginThrottle throttle;
    private final SessionEpochs epochs;
    private final VerifiedCredentials verified;
    private final SecondFactors secondFactors;
    private final OrganisationSignIn organisation;
    /** The sign-in mechanism runs before the filters, so it reads the client behind a proxy itself. */
    private final TrustedProxies proxies = TrustedProxies.fromEnvironment();

    protected CareDeskAuthenticationMechanism() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public CareDeskAuthenticationMechanism(
            IdentityStoreHandler identityStores,
            LoginThrottle throttle,
            SessionEpochs epochs,
            VerifiedCredentials verified,
            SecondFactors secondFactors,
            OrganisationSignIn organisation) {
        this.organisation = organisation;
        this.identityStores = identityStores;
        this.throttle = throttle;
        this.epochs = epochs;
        this.verified = verified;
        this.secondFactors = secondFactors;
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (organisation.handles(request)) {
            // Sign-in through the organisation's identity provider: its own route, answered here.
            try {
                return organisation.handle(request, response);
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE; // the client went away
            }
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return formLogin(submitted, request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
            if (epochs.current(user.name()).orElse(-1) == user.epoch()) {
                return context.notifyContainerAboutLogin(user.name(), user.groups());
            }
            // Password changed or reset, account erased or role changed since this session signed in.
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isMachinePath(request)) {
            return unauthorized(response, "Sign in with HTTP Basic credentials");
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // A relative Location: the container would make it absolute from the client's Host header.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader(
                "Location",
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response, "Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, "Malformed Basic credentials");
        }
        UsernamePasswordCredential credential =
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        LoginThrottle.Attempt attempt =
                throttle.attempt(credential.getCaller(), ForwardedClient.address(proxies, request));
        if (!attempt.delay().isZero()) {
            return tooManyAttempts(response, attempt.delay());
        }
        String login = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        // The epoch before the check: a password changed meanwhile leaves a stale entry, never a wrong one.
        int epoch = epochs.current(login).orElse(-1);
        var known = verified.recall(login, password);
        if (known.isPresent()) {
            if (known.get().epoch() == epoch) {
                if (ownsSecondFactor(known.get().caller(), known.get().groups())) {
                    return unauthorized(response, SECOND_FACTOR_REFUSAL);
                }
                return context.notifyContainerAboutLogin(
                        known.get().caller(), known.get().groups());
            }
            verified.forget(login, password); // password, role or account changed since: check afresh
        }
        CredentialValidationResult result = checked(credential, attempt, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, "Wrong e-mail or password");
        }
        if (ownsSecondFactor(result.getCallerPrincipal().getName(), result.getCallerGroups())) {
            return unauthorized(response, SECOND_FACTOR_REFUSAL);
        }
        signedIn(login, attempt);
        if (epoch >= 0) {
            verified.remember(
                    login,
                    password,
                    new VerifiedCredentials.Verified(
                            result.getCallerPrincipal().getName(), result.getCallerGroups(), epoch));
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus formLogin(
            Credential credential,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        String login = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "";
        LoginThrottle.Attempt attempt = throttle.attempt(login, ForwardedClient.address(proxies, request));
        if (!attempt.delay().isZero()) {
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, attempt.delay().toSeconds() + 1);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked(credential, attempt, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // A 401 status, not an error page: the login form renders again and says what went wrong.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so a session id planted before it is worthless after.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        Set<String> groups = Set.copyOf(result.getCallerGroups());
        String name = result.getCallerPrincipal().getName();
        if (PendingSignIn.staff(groups)) {
            boolean enrolled = secondFactors.enabled(name);
            if (enrolled || secondFactors.required()) {
                // Not signed in yet: the code (or, when mandatory, the enrolment) comes first.
                HttpSession session = request.getSession(true);
                session.removeAttribute(SignedInUser.SESSION_ATTRIBUTE); // whoever was signed in here is not now
                session.setAttribute(
                        PendingSignIn.SESSION_ATTRIBUTE,
                        new PendingSignIn(name, groups, epochs.current(name).orElse(-1), enrolled, Instant.now()));
                request.setAttribute(PendingSignIn.REQUEST_ATTRIBUTE, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        signedIn(login, attempt);
        request.getSession(true)
                .setAttribute(
                        SignedInUser.SESSION_ATTRIBUTE,
                        new SignedInUser(name, groups, epochs.current(name).orElse(-1)));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A staff member with a second factor cannot be signed in by the password alone: HTTP Basic would
     * be the way around it. Integrations use accounts without one.
     */
    private boolean ownsSecondFactor(String login, Set<String> groups) {
        return PendingSignIn.staff(groups) && secondFactors.enabled(login);
    }

    /**
     * Forgets the account's failures once it is signed in, not merely after the right password: who holds a
     * password must not win fresh guesses at the second factor by giving it again.
     */
    private void signedIn(String login, LoginThrottle.Attempt attempt) {
        if (attempt.accountHasFailures()) { // no write at all for the usual sign-in
            throttle.succeeded(login);
        }
    }

    /** The password check; a failure is counted for throttling. */
    private CredentialValidationResult checked(
            Credential credential, LoginThrottle.Attempt attempt, HttpServletRequest request) {
        String login = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "";
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login, ForwardedClient.address(proxies, request));
        }
        return result;
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait.toSeconds() + 1));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write("{\"error\":\"too_many_attempts\",\"message\":\"Too many failed sign-ins: " + "try again in "
                            + (wait.toSeconds() + 1) + " s\"}");
        } catch (IOException e) {
            // the client went away; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isMachinePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/ws/")
                // Payara's metrics and OpenAPI servlets (portal only): read by tools, never by a signed-in page.
                || path.equals("/metrics")
                || path.startsWith("/metrics/")
                || path.equals("/openapi")
                || path.startsWith("/openapi/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"CareDesk\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
        } catch (IOException e) {
            // the client went away; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
