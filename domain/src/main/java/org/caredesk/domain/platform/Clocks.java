package org.caredesk.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The clock services read the time from, so that tests can fix it. */
@ApplicationScoped
public class Clocks {
    @Produces
    public java.time.Clock systemClock() {
        return java.time.Clock.systemUTC();
    }
}
