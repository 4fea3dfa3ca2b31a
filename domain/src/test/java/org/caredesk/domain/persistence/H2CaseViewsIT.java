package org.caredesk.domain.persistence;

/** The queue's views on the embedded default database. */
class H2CaseViewsIT extends CaseViewsContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
