package org.caredesk.portal.registration;

import jakarta.faces.context.FacesContext;
import org.caredesk.domain.security.PublicAddress;

/**
 * Absolute links to portal pages, for mails. Built from the configured public address
 * ({@link PublicAddress}), never from the request: its {@code Host} header is the client's to choose,
 * and a forged one would put the attacker's server into a password-reset mail.
 */
final class PortalLinks {
    private static final PublicAddress ADDRESS = PublicAddress.fromEnvironment();

    private PortalLinks() {}

    static String page(String pathAndQuery) {
        return page(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), pathAndQuery);
    }

    static String page(String contextPath, String pathAndQuery) {
        return ADDRESS.link(contextPath, pathAndQuery);
    }
}
