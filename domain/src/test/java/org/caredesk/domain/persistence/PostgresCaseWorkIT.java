package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** Working cases on PostgreSQL; skipped, and said so, when the server does not answer. */
class PostgresCaseWorkIT extends CaseWorkContract {
    @Override
    TestDatabase openDatabase() {
        boolean reachable = TestDatabase.postgresReachable();
        Assumptions.assumeTrue(reachable, "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
        return TestDatabase.postgres();
    }
}
