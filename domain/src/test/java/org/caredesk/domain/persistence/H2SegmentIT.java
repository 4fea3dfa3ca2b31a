package org.caredesk.domain.persistence;

/** Segments on the embedded H2. */
class H2SegmentIT extends SegmentContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
