package org.caredesk.domain.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.caredesk.domain.mail.DemoMailServer;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Starts the mail channel: the demo mail server when the demo has none configured, and the mailbox
 * reader, once. Only the console starts it, from its listener ({@code MailChannelStart}), so one
 * reader runs a JVM without any JVM-wide flag (a second reader, say of another instance, would only
 * find the mails already stored). A start from CDI's application initialisation ran before the
 * application's naming context could serve the reader's executor.
 */
@ApplicationScoped
public class MailStartup {
    private static final Logger LOG = Logger.getLogger(MailStartup.class.getName());
    private final MailboxPoller poller;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    protected MailStartup() {
        this(null);
    }

    @Inject
    public MailStartup(MailboxPoller poller) {
        this.poller = poller;
    }

    public void start(String application) {
        boolean demoServerUp = DemoMailServer.plan(CareDeskSettings.environment())
                .map(DemoMailServer::startIfAbsent)
                .orElse(true);
        if (!demoServerUp) {
            return;
        }
        if (!started.compareAndSet(false, true)) {
            return;
        }
        LOG.fine(() -> application + " reads the mailbox");
        poller.start();
    }
}
