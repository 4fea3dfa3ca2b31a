package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caredesk.domain.security.TrustedProxies;

/**
 * Behind a trusted reverse proxy ({@code CAREDESK_TRUSTED_PROXIES}) the request's remote address is the client's,
 * from {@code X-Forwarded-For}, not the proxy's: the per-address limits (tracking-code guesses, anonymous
 * submissions, account mails, sign-in attempts) would otherwise hold every visitor behind one proxy together. Runs
 * after {@link ForwardedHttps}, which must still see the proxy as the peer.
 */
public class ForwardedClient extends HttpFilter {
    private TrustedProxies proxies;

    @Override
    public void init(FilterConfig config) {
        proxies = TrustedProxies.fromEnvironment();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = address(proxies, request);
        chain.doFilter(client.equals(request.getRemoteAddr()) ? request : new FromClient(request, client), response);
    }

    /** The client's address; also for code that runs before the filters (the sign-in mechanism). */
    public static String address(TrustedProxies proxies, HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private static final class FromClient extends HttpServletRequestWrapper {
        private final String client;

        FromClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client; // never a name looked up from an address a client chose
        }
    }
}
