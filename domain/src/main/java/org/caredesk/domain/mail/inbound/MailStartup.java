package org.caredesk.domain.mail.inbound;

import org.caredesk.domain.mail.DemoMailServer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.caredesk.domain.mail.inbound.MailboxPoller;
import org.caredesk.domain.platform.CareDeskSettings;

import java.util.logging.Logger;

/**
 * Starts the mail channel: the demo mail server when the demo has none configured, and the mailbox
 * reader, in one application a JVM (a second reader would only find the mails already stored). The
 * console starts it from its listener ({@code MailChannelStart}): a start from CDI's application
 * initialisation ran before the application's naming context could serve the reader's executor.
 */
@ApplicationScoped
public class MailStartup {
    private static final Logger LOG = Logger.getLogger(MailStartup.class.getName());
    /** JVM-wide: system properties are shared by both applications' class loaders. */
    private static final String READER = "caredesk.mailbox.reader";

    private final MailboxPoller poller;

    protected MailStartup() {
        this(null);
    }

    @Inject
    public MailStartup(MailboxPoller poller) {
        this.poller = poller;
    }

    public void start(String application) {
        boolean demoServerUp = DemoMailServer.plan(CareDeskSettings.environment())
                .map(DemoMailServer::startIfAbsent).orElse(true);
        if (!demoServerUp) {
            return;
        }
        synchronized (System.class) {
            if (System.getProperty(READER) != null) {
                return;
            }
            System.setProperty(READER, String.valueOf(application));
        }
        LOG.fine("This application reads the mailbox");
        poller.start();
    }
}
