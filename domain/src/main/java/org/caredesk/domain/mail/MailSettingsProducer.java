package org.caredesk.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.caredesk.domain.platform.CareDeskSettings;

/** The SMTP settings of this run, read once from the same place as every other setting. */
@ApplicationScoped
public class MailSettingsProducer {
    /** Configured SMTP, or in a demo without any mail server the embedded demo server. */
    private final MailSettings settings = DemoMailServer.plan(CareDeskSettings.environment())
            .filter(DemoMailServer::startIfAbsent) // ports taken by another program: hold mail instead
            .map(DemoMailServer::smtp)
            .orElseGet(() -> MailSettings.from(CareDeskSettings.environment()));

    @Produces
    public MailSettings settings() {
        return settings;
    }
}
