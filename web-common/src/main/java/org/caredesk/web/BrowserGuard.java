package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caredesk.domain.security.PublicAddress;
import org.caredesk.domain.security.SameOriginPolicy;

/**
 * The first filter of both web applications: refuses cross-site requests that would act with the
 * browser's cookies ({@link SameOriginPolicy}: WebSocket handshakes from foreign pages, cross-site
 * form posts), sets the browser-hardening headers on every answer, and keeps redirects relative so
 * that no {@code Location} is ever built from the client's {@code Host} header. The pages' script
 * policy (a nonce per page) comes from PrimeFaces ({@code primefaces.CSP}); the policy here applies to
 * everything else and narrows it where both apply.
 */
public class BrowserGuard extends HttpFilter {
    // No script or default source here: every policy header is enforced, so one without the page's nonce
    // would block the nonce'd scripts that PrimeFaces' policy allows.
    static final String BASE_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";
    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), " + "interest-cohort=()";

    private SameOriginPolicy policy;

    @Override
    public void init(FilterConfig config) {
        policy = new SameOriginPolicy(PublicAddress.fromEnvironment());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Frame-Options", "DENY");
        response.addHeader("Content-Security-Policy", BASE_POLICY);
        String upgrade = request.getHeader("Upgrade");
        SameOriginPolicy.Request seen = new SameOriginPolicy.Request(
                request.getMethod(),
                request.getHeader("Host"),
                request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"),
                upgrade != null && upgrade.equalsIgnoreCase("websocket"),
                request.getHeader("Authorization") != null);
        if (!policy.allows(seen)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write("{\"error\":\"cross_site\",\"message\":\"A request from another site may not act "
                            + "for a signed-in user\"}");
            return;
        }
        chain.doFilter(request, new RelativeRedirects(response));
    }
}
