package org.caredesk.portal.registration;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where links in mails point. {@code CAREDESK_PUBLIC_URL} (or {@code -Dcaredesk.public.url}) when
 * set: behind a proxy, and so that a forged Host header cannot send a reset link elsewhere.
 * Otherwise the address the request came to.
 */
final class PortalLinks {
    private PortalLinks() {
    }

    static String page(String pathAndQuery) {
        return page((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), pathAndQuery);
    }

    static String page(HttpServletRequest request, String pathAndQuery) {
        String configured = System.getProperty("caredesk.public.url", System.getenv("CAREDESK_PUBLIC_URL"));
        String base;
        if (configured != null && !configured.isBlank()) {
            base = configured.trim().replaceAll("/+$", "");
        } else {
            String url = request.getRequestURL().toString();
            base = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        }
        return base + pathAndQuery;
    }
}
