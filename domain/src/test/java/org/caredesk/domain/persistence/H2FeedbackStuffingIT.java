package org.caredesk.domain.persistence;

/** Feedback stuffing on the embedded default database. */
class H2FeedbackStuffingIT extends FeedbackStuffingContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
