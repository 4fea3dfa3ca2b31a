package org.caredesk.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.caredesk.domain.startup.ApplicationStartup;

/**
 * Runs {@link ApplicationStartup} when a web application starts. Declared in each WAR's web.xml,
 * so it runs in Payara Micro and inside an EAR on Payara Server alike.
 */
public class StartupListener implements ServletContextListener {

    @Inject
    private ApplicationStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Half an organisation sign-in configuration stops the start with its reason, not the first sign-in.
        org.caredesk.domain.platform.CareDeskSettings.organisationSignIn();
        startup.start(event.getServletContext().getContextPath());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        startup.stop(event.getServletContext().getContextPath());
    }
}
