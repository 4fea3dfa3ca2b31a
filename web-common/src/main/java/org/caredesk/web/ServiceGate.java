package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caredesk.domain.platform.InstanceState;

/**
 * The first filter of both applications. While the instance stops (SIGTERM) it takes no new work:
 * new requests get 503 with Retry-After and {@code Connection: close}, so a load balancer sends
 * them elsewhere, while the requests already in flight finish; it counts those for the launcher,
 * which waits for none to be left before it stops the server. In the portal (the application at
 * "/") a request for the console that arrives while the console is still deploying, or already
 * undeployed, would otherwise land in the portal and read "not found": it gets 503 too.
 */
public class ServiceGate extends HttpFilter {
    private int inFlight;
    private String application;

    @Override
    public void init() {
        String path = getServletContext().getContextPath();
        application = path.isEmpty() || "/".equals(path)
                ? "portal"
                : path.substring(1).replace('/', '-');
        publish(0);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("portal".equals(application) && isConsolePath(path)) {
            refuse(request, response, path);
            return;
        }
        // Counted before the draining check, never after: the launcher sets "draining" and then reads the
        // count, so a request either is counted (and waited for) or sees "draining" and is refused. Checked
        // first and counted second, a request could slip between the two and meet an undeploying application.
        enter();
        try {
            if (InstanceState.draining()) {
                refuse(request, response, path);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            leave();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.setHeader("Connection", "close");
        Unavailable.answer(request, response, path);
    }

    /*
     * Counting and publishing happen together under one lock: with an atomic counter alone, two requests
     * finishing at once could publish their counts in the wrong order and leave "0" published while one
     * still runs, and the launcher would stop the server under it.
     */
    private synchronized void enter() {
        publish(++inFlight);
    }

    private synchronized void leave() {
        publish(--inFlight);
    }

    private static boolean isConsolePath(String path) {
        return "/console".equals(path) || path.startsWith("/console/");
    }

    /** A string system property: the launcher reads it from outside this application's class loader. */
    private void publish(int count) {
        System.setProperty(InstanceState.IN_FLIGHT_PROPERTY_PREFIX + application, Integer.toString(count));
    }
}
