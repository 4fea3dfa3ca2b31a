package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.security.TrustedProxies;

/**
 * Cookies are {@code Secure} on a request that a trusted TLS-terminating proxy forwards with
 * {@code X-Forwarded-Proto: https} ({@link TrustedProxies}), even when the public address is not https
 * (an instance reached both through the proxy and directly). The container writes the session cookie
 * itself when a session starts or changes its id, so the answer's {@code Set-Cookie} headers are
 * completed right after each of those and once more before the answer leaves, while it can still
 * change. Requests from anyone else are passed on untouched, whatever they claim.
 */
public class ForwardedHttps extends HttpFilter {
    private static final String SET_COOKIE = "Set-Cookie";

    private TrustedProxies proxies;

    @Override
    public void init(FilterConfig config) {
        proxies = TrustedProxies.fromEnvironment();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!proxies.forwardedOverHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new OverHttps(request, response), response);
        } finally {
            secureCookies(response);
        }
    }

    /** Adds {@code Secure} to every cookie the answer sets without it, unless the answer has left. */
    static void secureCookies(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
        if (cookies.stream().allMatch(ForwardedHttps::isSecure)) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = isSecure(cookies.get(i)) ? cookies.get(i) : cookies.get(i) + "; Secure";
            if (i == 0) {
                response.setHeader(SET_COOKIE, cookie);
            } else {
                response.addHeader(SET_COOKIE, cookie);
            }
        }
    }

    private static boolean isSecure(String cookie) {
        for (String attribute : cookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }

    /** The request as the browser made it: over https. Each way to a new session id completes the cookies. */
    private static final class OverHttps extends HttpServletRequestWrapper {
        private final HttpServletResponse response;

        OverHttps(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            secureCookies(response);
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            secureCookies(response);
            return id;
        }

        @Override
        public boolean authenticate(HttpServletResponse answer) throws IOException, ServletException {
            boolean done = super.authenticate(answer);
            secureCookies(response);
            return done;
        }

        @Override
        public void login(String username, String password) throws ServletException {
            super.login(username, password);
            secureCookies(response);
        }

        @Override
        public void logout() throws ServletException {
            super.logout();
            secureCookies(response);
        }
    }
}
