package org.caredesk.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.caredesk.domain.platform.CareDeskSettings;

/** The SMTP settings of this run, read once from the same place as every other setting. */
@ApplicationScoped
public class MailSettingsProducer {
    private final MailSettings settings = MailSettings.from(CareDeskSettings.environment());

    @Produces
    public MailSettings settings() {
        return settings;
    }
}
