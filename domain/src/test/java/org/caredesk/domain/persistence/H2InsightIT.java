package org.caredesk.domain.persistence;

/** Alerts, recalls and sentiment figures on the embedded default database. */
class H2InsightIT extends InsightPersistenceContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
