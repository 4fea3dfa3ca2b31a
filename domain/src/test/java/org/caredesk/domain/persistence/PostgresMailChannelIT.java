package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** The e-mail channel on PostgreSQL; skipped, and said so, when the server does not answer. */
class PostgresMailChannelIT extends MailChannelContract {
    @Override
    TestDatabase openDatabase() {
        boolean reachable = TestDatabase.postgresReachable();
        Assumptions.assumeTrue(reachable, "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
        return TestDatabase.postgres();
    }
}
