package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** The reports and their roll-ups on PostgreSQL; skipped, and said so, when it does not answer. */
class PostgresReportIT extends ReportContract {
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
