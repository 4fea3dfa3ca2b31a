package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** Alerts, recalls and sentiment figures on PostgreSQL; skipped, and said so, when it does not answer. */
class PostgresInsightIT extends InsightPersistenceContract {
    @Override
    TestDatabase openDatabase() {
        boolean reachable = TestDatabase.postgresReachable();
        if (!reachable) {
            System.out.println("PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable: skipped");
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
        return TestDatabase.postgres();
    }
}
