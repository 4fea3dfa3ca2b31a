package org.caredesk.domain.persistence;

/** Working cases on the embedded default database. */
class H2CaseWorkIT extends CaseWorkContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
