package org.caredesk.domain.persistence;

/** The reports and their roll-ups on the embedded default database. */
class H2ReportIT extends ReportContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
