package org.caredesk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Sends redirects to paths of this server as they are ({@code Location: /console/login.xhtml}),
 * which browsers resolve against the address they used. The container would otherwise make them
 * absolute with the {@code Host} header of the request, which the client chooses.
 */
final class RelativeRedirects extends HttpServletResponseWrapper {
    RelativeRedirects(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (location != null && location.startsWith("/") && !location.startsWith("//")) {
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            return;
        }
        super.sendRedirect(location);
    }
}
