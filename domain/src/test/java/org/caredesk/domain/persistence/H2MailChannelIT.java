package org.caredesk.domain.persistence;

/** The e-mail channel on the embedded default database, with a real in-process mail server. */
class H2MailChannelIT extends MailChannelContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
