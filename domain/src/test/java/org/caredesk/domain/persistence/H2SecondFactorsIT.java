package org.caredesk.domain.persistence;

/** Staff second factors on the embedded default database. */
class H2SecondFactorsIT extends SecondFactorsContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
