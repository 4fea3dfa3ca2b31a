package org.caredesk.console.mail;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.caredesk.domain.mail.inbound.MailStartup;

/** Starts the e-mail channel (demo mail server, mailbox reader) with the console, which reads the mailbox. */
public class MailChannelStart implements ServletContextListener {
    @Inject
    private MailStartup mail;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        mail.start(event.getServletContext().getContextPath());
    }
}
