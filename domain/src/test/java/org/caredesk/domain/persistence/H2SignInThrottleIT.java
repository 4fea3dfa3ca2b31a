package org.caredesk.domain.persistence;

/** Sign-in throttling on the embedded default database. */
class H2SignInThrottleIT extends SignInThrottleContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
