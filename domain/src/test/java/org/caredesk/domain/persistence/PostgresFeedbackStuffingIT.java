package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** Feedback stuffing on PostgreSQL; skipped, and said so, when it does not answer. */
class PostgresFeedbackStuffingIT extends FeedbackStuffingContract {
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
