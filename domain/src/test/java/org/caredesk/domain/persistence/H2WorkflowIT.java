package org.caredesk.domain.persistence;

/** Merging, macros and calls on the embedded default database. */
class H2WorkflowIT extends WorkflowContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
