package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** Staff second factors on PostgreSQL; skipped, and said so, when it does not answer. */
class PostgresSecondFactorsIT extends SecondFactorsContract {
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
