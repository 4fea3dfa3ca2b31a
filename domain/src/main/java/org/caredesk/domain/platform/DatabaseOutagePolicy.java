package org.caredesk.domain.platform;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * How EclipseLink behaves when the database goes away: it no longer retries a failed read three
 * times with a pause in between (a request hung about 10 s before failing), because the
 * container's pool only hands out connections it has just checked; a request during an outage
 * fails at once and is answered 503 ({@link DatabaseOutage}).
 */
public class DatabaseOutagePolicy implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setConnectionHealthValidatedOnError(false);
        }
    }
}
