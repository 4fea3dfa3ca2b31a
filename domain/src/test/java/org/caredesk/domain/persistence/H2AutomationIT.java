package org.caredesk.domain.persistence;

/** Automation on the embedded default database. */
class H2AutomationIT extends AutomationContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
