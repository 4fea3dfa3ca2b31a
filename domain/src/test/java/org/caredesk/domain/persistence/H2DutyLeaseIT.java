package org.caredesk.domain.persistence;

/** Once-only duties on the embedded default database. */
class H2DutyLeaseIT extends DutyLeaseContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
