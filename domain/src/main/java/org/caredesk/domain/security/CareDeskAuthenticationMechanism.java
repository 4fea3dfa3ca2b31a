package org.caredesk.domain.security;

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
import java.util.Base64;
import java.util.Set;

/**
 * One sign-in mechanism for both web applications: HTTP Basic for API and WebSocket clients
 * (no session is created for them), and the login form for people, whose sign-in lives in the
 * HTTP session under a fresh session id. An unauthenticated request for a protected page is sent
 * to the login form; for an API or WebSocket path it gets 401 with a JSON error.
 */
@ApplicationScoped
public class CareDeskAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String BASIC = "Basic ";

    private final IdentityStoreHandler identityStores;

    protected CareDeskAuthenticationMechanism() {
        this(null);
    }

    @Inject
    public CareDeskAuthenticationMechanism(IdentityStoreHandler identityStores) {
        this.identityStores = identityStores;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
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
            return context.notifyContainerAboutLogin(user.name(), user.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isMachinePath(request)) {
            return unauthorized(response, "Sign in with HTTP Basic credentials");
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
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
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response, "Wrong e-mail or password, or too many failed attempts");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus formLogin(Credential credential, HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
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
        request.getSession(true).setAttribute(SignedInUser.SESSION_ATTRIBUTE,
                new SignedInUser(result.getCallerPrincipal().getName(), groups));
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isMachinePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/ws/");
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
