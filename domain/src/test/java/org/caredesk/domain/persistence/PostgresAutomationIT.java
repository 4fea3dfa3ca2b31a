package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** Automation on PostgreSQL; skipped, and said so, when the server does not answer. */
class PostgresAutomationIT extends AutomationContract {
    @Override
    TestDatabase openDatabase() {
        boolean reachable = TestDatabase.postgresReachable();
        Assumptions.assumeTrue(reachable, "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
        return TestDatabase.postgres();
    }
}
