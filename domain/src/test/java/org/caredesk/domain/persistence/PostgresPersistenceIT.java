package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/**
 * The persistence contract on PostgreSQL, in a throw-away schema of the server at
 * {@code caredesk.test.pg.url}; skipped, and said so, when that server does not answer.
 */
class PostgresPersistenceIT extends PersistenceContract {
    @Override
    TestDatabase openDatabase() {
        boolean reachable = TestDatabase.postgresReachable();
        if (!reachable) {
            System.out.println("PostgreSQL at " + TestDatabase.postgresUrl()
                    + " is not reachable: the PostgreSQL persistence tests are skipped");
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
        return TestDatabase.postgres();
    }
}
