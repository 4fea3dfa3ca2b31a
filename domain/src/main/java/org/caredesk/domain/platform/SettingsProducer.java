package org.caredesk.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The settings of this run, read once. */
@ApplicationScoped
public class SettingsProducer {
    private final CareDeskSettings settings = CareDeskSettings.fromEnvironment();

    @Produces
    public CareDeskSettings settings() {
        return settings;
    }
}
