package org.caredesk.domain.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Runs {@link ApplicationStartup} when a web application starts. Declared in each WAR's web.xml,
 * so it runs in Payara Micro and inside an EAR on Payara Server alike.
 */
public class StartupListener implements ServletContextListener {

    @Inject
    private ApplicationStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start(event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        String path = event.getServletContext().getContextPath();
        InstanceState.find().stopped(path.isEmpty() || "/".equals(path) ? "portal" : path.substring(1).replace('/', '-'));
    }
}
