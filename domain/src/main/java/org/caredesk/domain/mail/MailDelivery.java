package org.caredesk.domain.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivers queued mail to the SMTP server after the queuing transaction commits, off the request thread. */
@ApplicationScoped
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    private final MailOutbox outbox;
    private final MailSettings settings;

    @Resource
    private ManagedExecutorService executor;

    protected MailDelivery() {
        this(null, null);
    }

    @Inject
    public MailDelivery(MailOutbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        executor.execute(() -> deliver(event.outboxId()));
    }

    /** One attempt; a failure stays in the outbox with its error and can be retried with this method. */
    public void deliver(long outboxId) {
        outbox.claim(outboxId).ifPresent(mail -> {
            try {
                new SmtpSender(settings).send(mail);
                outbox.markSent(outboxId);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail " + outboxId + " to the SMTP server failed: " + e.getMessage());
                outbox.markFailed(outboxId, e.getMessage());
            }
        });
    }
}
