package org.caredesk.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.platform.OrganisationSignInSettings;
import org.caredesk.domain.secondfactor.SecondFactors;
import org.caredesk.domain.security.PublicAddress;
import org.caredesk.domain.security.SessionEpochs;
import org.caredesk.domain.security.SignedInUser;
import org.caredesk.domain.user.StaffDirectory;

/**
 * "Sign in with your organisation" for the console, a route of {@link CareDeskAuthenticationMechanism}
 * (one mechanism per application). {@code /signin/organisation} sends the browser to the provider;
 * the provider sends it back to {@code /signin/organisation/return}. The console's session cookie is
 * {@code SameSite=Strict}, so that cross-site arrival carries no session: it answers a page that goes on,
 * from the console itself, to {@code /signin/organisation/complete}, which has the session, checks the
 * state, redeems the code, verifies the ID token and signs in the staff member whose verified e-mail it
 * carries, as the form would (session epoch, second factor when the account has one). The callback
 * address comes from {@code CAREDESK_PUBLIC_URL}, never from the request. A refusal goes back to the
 * sign-in page, which says why ({@code ?organisation=unknown|state|failed}).
 */
@ApplicationScoped
public class OrganisationSignIn {
    public static final String START = "/signin/organisation";
    static final String RETURN = START + "/return";
    static final String COMPLETE = START + "/complete";
    /** Time to sign in at the provider. */
    static final Duration ATTEMPT_FOR = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(OrganisationSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffDirectory staff;
    private final SecondFactors secondFactors;
    private final SessionEpochs epochs;
    private final Optional<IdentityProvider> provider;
    private final PublicAddress address;

    protected OrganisationSignIn() {
        this.staff = null;
        this.secondFactors = null;
        this.epochs = null;
        this.provider = Optional.empty();
        this.address = null;
    }

    @Inject
    public OrganisationSignIn(StaffDirectory staff, SecondFactors secondFactors, SessionEpochs epochs) {
        this.staff = staff;
        this.secondFactors = secondFactors;
        this.epochs = epochs;
        Optional<OrganisationSignInSettings> settings = CareDeskSettings.organisationSignIn();
        this.provider = settings.map(IdentityProvider::new);
        this.address = PublicAddress.fromEnvironment();
    }

    /** True when an identity provider is configured: the console shows the button. */
    public boolean available() {
        return provider.isPresent();
    }

    /** True for this route's paths, in the staff application (the one that names a required group). */
    public boolean handles(HttpServletRequest request) {
        return request.getServletContext().getInitParameter(LoginForm.REQUIRED_GROUP_PARAMETER) != null
                && path(request).startsWith(START)
                && "GET".equals(request.getMethod());
    }

    public AuthenticationStatus handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (provider.isEmpty() || !(path.equals(START) || path.equals(RETURN) || path.equals(COMPLETE))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (path.equals(START)) {
            return start(request, response);
        }
        if (path.equals(RETURN)) {
            return goOn(request, response);
        }
        return complete(request, response);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String verifier = random();
        SignInAttempt attempt = new SignInAttempt(
                random(),
                random(),
                verifier,
                FormSignIn.safeNext(request.getParameter("next"), home(request)),
                Instant.now());
        String location;
        try {
            location = provider.get()
                    .authorizationRequest(callback(request), attempt.state(), attempt.nonce(), challenge(verifier))
                    .toString();
        } catch (IOException e) {
            LOG.warning("Organisation sign-in: the identity provider cannot be reached: " + e.getMessage());
            return refuse(request, response, "failed");
        }
        request.getSession(true).setAttribute(SignInAttempt.SESSION_ATTRIBUTE, attempt);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The provider's redirect, cross-site and so without the Strict session cookie: continue from here. */
    private AuthenticationStatus goOn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String next = request.getContextPath() + COMPLETE + "?" + query;
        String escaped = next.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // The address holds the code: no Referer to anyone; nothing runs on this page.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String language =
                request.getLocale() == null ? "en" : request.getLocale().getLanguage();
        String lang = "it".equals(language) ? "it" : "en";
        String title = "it".equals(lang) ? "Accesso in corso…" : "Signing you in…";
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                        + "</title><meta http-equiv=\"refresh\" content=\"0;url=" + escaped
                        + "\"></head><body><main><p><a href=\""
                        + escaped + "\">" + title + "</a></p></main></body></html>");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus complete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignInAttempt attempt =
                session != null && session.getAttribute(SignInAttempt.SESSION_ATTRIBUTE) instanceof SignInAttempt a
                        ? a
                        : null;
        if (session != null) {
            session.removeAttribute(SignInAttempt.SESSION_ATTRIBUTE); // one use, right or wrong
        }
        String state = request.getParameter("state");
        if (attempt == null
                || state == null
                || !MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), attempt.state().getBytes(StandardCharsets.UTF_8))
                || attempt.since().plus(ATTEMPT_FOR).isBefore(Instant.now())) {
            LOG.warning("Organisation sign-in refused: the state does not match this browser's sign-in");
            return refuse(request, response, "state");
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            // The provider's error code, kept to one short line: it arrives in the URL, so it may carry anything.
            String error = String.valueOf(request.getParameter("error")).replaceAll("\\p{Cntrl}", "?");
            LOG.warning("Organisation sign-in refused: the provider answered "
                    + error.substring(0, Math.min(error.length(), 100)));
            return refuse(request, response, "failed");
        }
        IdToken token;
        try {
            token = provider.get()
                    .redeem(code, callback(request), attempt.codeVerifier(), attempt.nonce(), Instant.now());
        } catch (IdTokenRefused e) {
            LOG.warning("Organisation sign-in refused: " + e.reason());
            return refuse(request, response, "failed");
        } catch (IOException | RuntimeException e) {
            LOG.warning("Organisation sign-in failed: " + e);
            return refuse(request, response, "failed");
        }
        if (!token.emailVerified() || token.email() == null) {
            LOG.warning("Organisation sign-in refused: the provider did not assert a verified e-mail");
            return refuse(request, response, "unknown");
        }
        Optional<StaffDirectory.StaffSignIn> member = staff.byEmail(token.email());
        if (member.isEmpty()) {
            LOG.warning("Organisation sign-in refused: no staff account for the provider's e-mail");
            return refuse(request, response, "unknown");
        }
        String name = member.get().login();
        var groups = member.get().groups();
        int epoch = epochs.current(name).orElse(-1);
        // A new session id at sign-in, so a session id planted before it is worthless after.
        request.changeSessionId();
        HttpSession signedIn = request.getSession();
        signedIn.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
        String location;
        boolean enrolled = secondFactors.enabled(name);
        if (enrolled || secondFactors.required()) {
            // The provider's sign-in stands for the password; the account's own second factor still follows.
            signedIn.setAttribute(
                    PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(name, groups, epoch, enrolled, Instant.now()));
            location = request.getContextPath() + LoginForm.SECOND_FACTOR_PAGE + "?next="
                    + URLEncoder.encode(attempt.next(), StandardCharsets.UTF_8);
        } else {
            signedIn.setAttribute(SignedInUser.SESSION_ATTRIBUTE, new SignedInUser(name, groups, epoch));
            location = request.getContextPath() + attempt.next();
        }
        LOG.info(() -> "Organisation sign-in of " + name);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String why) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader(
                "Location",
                request.getContextPath() + CareDeskAuthenticationMechanism.LOGIN_PAGE + "?organisation=" + why);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The redirect URI registered at the provider: from the public address, never the Host header. */
    private String callback(HttpServletRequest request) {
        return address.link(request.getContextPath(), RETURN);
    }

    private static String home(HttpServletRequest request) {
        String home = request.getServletContext().getInitParameter("caredesk.login.home");
        return home == null ? "/" : home;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** PKCE S256: BASE64URL(SHA-256(verifier)) (RFC 7636 4.2). */
    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
