package org.caredesk.domain.persistence;

/** Live chat, presence and feed retention on the embedded default database. */
class H2LiveChatIT extends LiveChatContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
