package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;

/**
 * Sessions nobody comes back to end within minutes instead of the full timeout. Every JSF page view opens a
 * session (PrimeFaces keeps its script nonce in the view, and Mojarra tracks view maps per session), so a client
 * that never returns the cookie — a crawler, a link preview, a monitoring script — would leave one behind for
 * thirty minutes each time. A new session therefore lives {@link #UNCLAIMED_SECONDS} until a request comes back
 * with its cookie, and from then on the timeout of web.xml. A browser comes back at once: every page links
 * {@value #CLAIM_PATH}, an empty stylesheet it may not cache.
 */
public class SessionLifetime extends HttpFilter implements HttpSessionListener {
    /** Long enough for a browser that fetches no stylesheet to post the form it was shown. */
    static final int UNCLAIMED_SECONDS = 300;

    /** The stylesheet every page links, so the browser returns the session's cookie as the page arrives. */
    public static final String CLAIM_PATH = "/visit.css";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getMaxInactiveInterval() > UNCLAIMED_SECONDS) {
            session.setMaxInactiveInterval(UNCLAIMED_SECONDS);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        claim(request.getSession(false), request.getServletContext().getSessionTimeout() * 60);
        if (CLAIM_PATH.equals(request.getServletPath())) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** A session whose cookie came back belongs to a client that keeps it: it gets the full timeout. */
    static void claim(HttpSession session, int fullSeconds) {
        if (session != null
                && !session.isNew()
                && fullSeconds > 0
                && session.getMaxInactiveInterval() == UNCLAIMED_SECONDS) {
            session.setMaxInactiveInterval(fullSeconds);
        }
    }
}
