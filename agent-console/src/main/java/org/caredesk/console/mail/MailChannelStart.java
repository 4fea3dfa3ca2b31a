package org.caredesk.console.mail;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.caredesk.domain.mail.inbound.MailStartup;
import org.caredesk.domain.startup.ApplicationStartup;

/** Starts the e-mail channel (demo mail server, mailbox reader) with the console, which reads the mailbox. */
public class MailChannelStart implements ServletContextListener {
    /** The schedule starts once the application has started: its demo data, models and indexes are in place. */
    @Inject
    private ApplicationStartup startup;

    @Inject
    private MailStartup mail;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String path = event.getServletContext().getContextPath();
        startup.whenStarted(() -> mail.start(path));
    }
}
