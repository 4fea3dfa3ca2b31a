package org.caredesk.domain.mail.inbound;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.mail.MailboxSettings;

/**
 * Keeps reading the mailbox: drains it, then waits for new mail with IMAP IDLE where the server
 * offers it (never longer than the poll interval) or sleeps the poll interval. An unreachable
 * mailbox is retried with a doubling back-off up to ten minutes, and its error shows on the
 * mailbox page and on {@code /health} as degraded. Runs in one application (the console).
 */
@ApplicationScoped
public class MailboxPoller {
    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final MailboxSettings settings;
    private final MailLanding landing;
    private final MailboxStatus status;
    private MailboxReader reader;
    private volatile boolean running;
    private int failures;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    protected MailboxPoller() {
        this(null, null, null);
    }

    @Inject
    public MailboxPoller(MailboxSettings settings, MailLanding landing, MailboxStatus status) {
        this.settings = settings;
        this.landing = landing;
        this.status = status;
    }

    /** Starts reading when a mailbox is configured; safe to call twice. */
    public synchronized void start() {
        if (running || !settings.configured()) {
            return;
        }
        running = true;
        reader = new MailboxReader(settings, landing);
        LOG.info(() -> "Reading the mailbox " + settings + " every " + settings.pollSeconds() + " s");
        scheduler.schedule(this::cycle, 2, TimeUnit.SECONDS);
    }

    private void cycle() {
        if (!running) {
            return;
        }
        long delaySeconds = settings.pollSeconds();
        try {
            MailboxReader.Report report = reader.drain();
            status.polled(report.fetched(), report.quarantined());
            if (failures > 0) {
                LOG.info("The mailbox is reachable again");
            }
            failures = 0;
            ScheduledFuture<?> wakeUp =
                    scheduler.schedule(reader::interruptWait, settings.pollSeconds(), TimeUnit.SECONDS);
            if (reader.idle()) {
                delaySeconds = 0; // new mail, or the poll interval passed
            }
            wakeUp.cancel(false);
        } catch (Exception e) {
            failures++;
            delaySeconds = Math.min(MAX_BACKOFF.toSeconds(), settings.pollSeconds() * (1L << Math.min(failures, 10)));
            LOG.log(
                    Level.WARNING,
                    "The mailbox " + settings + " cannot be read (attempt " + failures + ", next in " + delaySeconds
                            + " s): " + e.getMessage());
            reader.close();
            try {
                status.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (RuntimeException stateFailure) {
                LOG.log(Level.FINE, "mailbox state not recorded", stateFailure);
            }
        }
        if (running) {
            scheduler.schedule(this::cycle, delaySeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (reader != null) {
            reader.interruptWait();
            reader.close();
        }
    }
}
