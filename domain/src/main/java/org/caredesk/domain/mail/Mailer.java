package org.caredesk.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Sends mail the way every other CareDesk change is made: written to the outbox in the caller's
 * transaction, handed to SMTP after commit (see {@link MailDelivery}). A rolled-back registration
 * sends no verification mail; a committed one never loses its mail.
 */
@ApplicationScoped
public class Mailer {
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final CareDeskSettings careDesk;
    private final Event<MailQueued> queued;

    protected Mailer() {
        this(null, null, null, null);
    }

    @Inject
    public Mailer(MailOutbox outbox, MailSettings settings, CareDeskSettings careDesk, Event<MailQueued> queued) {
        this.outbox = outbox;
        this.settings = settings;
        this.careDesk = careDesk;
        this.queued = queued;
    }

    /** Puts the mail in the outbox and returns the outbox row's id, so callers can tell later what became of it. */
    @Transactional
    public long send(OutgoingMail mail) {
        if (!settings.configured()) {
            // Demo mode keeps the mail for staff to read; a production run without SMTP keeps it too,
            // as FAILED, so the missing setting shows in the outbox instead of mail vanishing.
            if (careDesk.demo()) {
                return outbox.add(mail, MailStatus.HELD, null);
            }
            return outbox.add(mail, MailStatus.FAILED, "no SMTP server configured (CAREDESK_SMTP_HOST)");
        }
        long id = outbox.add(mail, MailStatus.PENDING, null);
        queued.fire(new MailQueued(id));
        return id;
    }
}
