package org.caredesk.domain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The instance's one cache of verified HTTP Basic credentials: a minute, 10,000 credentials at most
 * (a client polling the API meets it again within the minute; a flood of made-up credentials never
 * enters it, as only successful checks do).
 */
@ApplicationScoped
public class VerifiedCredentialsProducer {
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    static final int CAPACITY = 10_000;

    private final VerifiedCredentials credentials = new VerifiedCredentials(Clock.systemUTC(), TIME_TO_LIVE, CAPACITY);

    @Produces
    public VerifiedCredentials verifiedCredentials() {
        return credentials;
    }
}
