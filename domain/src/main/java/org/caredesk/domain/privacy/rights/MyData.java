package org.caredesk.domain.privacy.rights;

import java.time.Instant;
import java.util.List;
import org.caredesk.domain.cases.CaseView;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.privacy.ConsentCentre;

/**
 * Everything CareDesk holds about a customer, as "Download my data" gives it: profile,
 * accounts with bills, products owned, cases with their timelines, every contact, consents.
 */
public record MyData(
        Instant exportedAt,
        Profile profile,
        List<CustomerProfile.AccountView> accounts,
        List<CustomerProfile.OwnedProductView> products,
        List<CaseView> cases,
        List<ContactRecord> contacts,
        List<ConsentCentre.Decision> consents) {

    public record Profile(
            String firstName, String lastName, String email, String phone, String language, Instant customerSince) {}

    public record ContactRecord(Instant at, String channel, String direction, String caseNumber, String text) {}
}
