package org.caredesk.domain.persistence;

/** The persistence contract on the embedded default database. */
class H2PersistenceIT extends PersistenceContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
