package org.caredesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caredesk.domain.platform.InstanceState;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first filter of both applications. While the instance stops (SIGTERM) it takes no new work:
 * new requests get 503 with Retry-After and {@code Connection: close}, so a load balancer sends
 * them elsewhere, while the requests already in flight finish; it counts those for the launcher,
 * which waits for none to be left before it stops the server. In the portal (the application at
 * "/") a request for the console that arrives while the console is still deploying, or already
 * undeployed, would otherwise land in the portal and read "not found": it gets 503 too.
 */
public class ServiceGate extends HttpFilter {
    private final AtomicInteger inFlight = new AtomicInteger();
    private String application;

    @Override
    public void init() {
        String path = getServletContext().getContextPath();
        application = path.isEmpty() || "/".equals(path) ? "portal" : path.substring(1).replace('/', '-');
        publish(0);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (InstanceState.draining() || "portal".equals(application) && isConsolePath(path)) {
            response.setHeader("Connection", "close");
            Unavailable.answer(request, response, path);
            return;
        }
        publish(inFlight.incrementAndGet());
        try {
            chain.doFilter(request, response);
        } finally {
            publish(inFlight.decrementAndGet());
        }
    }

    private static boolean isConsolePath(String path) {
        return "/console".equals(path) || path.startsWith("/console/");
    }

    /** A string system property: the launcher reads it from outside this application's class loader. */
    private void publish(int count) {
        System.setProperty(InstanceState.IN_FLIGHT_PROPERTY_PREFIX + application, Integer.toString(count));
    }
}
