package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** The queue's views on PostgreSQL; skipped, and said so, when the server does not answer. */
class PostgresCaseViewsIT extends CaseViewsContract {
    @Override
    TestDatabase openDatabase() {
        boolean reachable = TestDatabase.postgresReachable();
        Assumptions.assumeTrue(reachable, "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
        return TestDatabase.postgres();
    }
}
