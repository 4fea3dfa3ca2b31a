package org.caredesk.domain.persistence;

/** Campaigns on the embedded H2. */
class H2CampaignIT extends CampaignContract {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
