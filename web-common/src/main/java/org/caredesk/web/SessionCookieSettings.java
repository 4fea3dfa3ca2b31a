package org.caredesk.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import java.util.logging.Logger;
import org.caredesk.domain.security.PublicAddress;

/**
 * The session cookie's attributes, set before the first session: {@code Secure} when the public
 * address is https (served over TLS, or behind a TLS-terminating proxy, which must set
 * {@code CAREDESK_PUBLIC_URL} anyway) and {@code HttpOnly}. {@code SameSite} comes from each WAR's
 * payara-web.xml (Payara ignores web.xml's cookie attribute): the portal Lax, so links from mails keep
 * the customer signed in; the console Strict. Says at start-up when a production run has no public address.
 */
public class SessionCookieSettings implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PublicAddress address = PublicAddress.fromEnvironment();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (address.https()) {
            cookie.setSecure(true);
        }
        if (!address.configured()
                && !org.caredesk.domain.platform.CareDeskSettings.fromEnvironment()
                        .demo()) {
            LOG.warning("CAREDESK_PUBLIC_URL is not set: links in mails point to " + address.origin()
                    + " and only requests to that address or their own Host pass the same-origin check. "
                    + "Set it to the address customers use, e.g. https://help.example.com");
        }
    }
}
