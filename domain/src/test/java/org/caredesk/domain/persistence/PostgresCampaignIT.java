package org.caredesk.domain.persistence;

import org.junit.jupiter.api.Assumptions;

/** Campaigns on PostgreSQL (skipped when the tests' server does not answer). */
class PostgresCampaignIT extends CampaignContract {
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
