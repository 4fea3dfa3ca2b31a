package org.caredesk.console.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.caredesk.domain.mail.MailOutbox;
import org.caredesk.domain.mail.OutboxMailView;

/** The mail outbox for staff: in demo mode without SMTP, where registration and reset mails are read. */
@Named
@RequestScoped
public class OutboxPage {
    private static final int SHOWN = 100;

    private final MailOutbox outbox;
    private List<OutboxMailView> mails;

    protected OutboxPage() {
        this(null);
    }

    @Inject
    public OutboxPage(MailOutbox outbox) {
        this.outbox = outbox;
    }

    public List<OutboxMailView> getMails() {
        if (mails == null) {
            mails = outbox.newest(SHOWN);
        }
        return mails;
    }
}
