package org.caredesk.domain.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.caredesk.domain.mail.DemoMailServer;
import org.caredesk.domain.mail.MailboxSettings;
import org.caredesk.domain.platform.CareDeskSettings;

/** The mailbox of this run: {@code CAREDESK_IMAP_URL}, or in demo mode the embedded demo mail server's. */
@ApplicationScoped
public class MailboxSettingsProducer {
    private final MailboxSettings settings;

    public MailboxSettingsProducer() {
        MailboxSettings configured = MailboxSettings.from(CareDeskSettings.environment());
        this.settings = configured.configured()
                ? configured
                : DemoMailServer.plan(CareDeskSettings.environment())
                        .filter(DemoMailServer::startIfAbsent)
                        .map(d -> d.mailbox(configured.pollSeconds()))
                        .orElse(configured);
    }

    @Produces
    public MailboxSettings settings() {
        return settings;
    }
}
