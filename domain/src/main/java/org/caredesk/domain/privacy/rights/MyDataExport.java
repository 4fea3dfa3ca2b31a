package org.caredesk.domain.privacy.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.profile.CustomerProfile;
import org.caredesk.domain.customer.profile.CustomerProfiles;
import org.caredesk.domain.privacy.ConsentCentre;

/** Gathers {@link MyData} for the customer themself (not audited: it is their own look). */
@ApplicationScoped
@Transactional
public class MyDataExport {
    private final EntityManager entityManager;
    private final CustomerProfiles profiles;
    private final CaseQueries cases;
    private final ConsentCentre consents;
    private final Clock clock;

    protected MyDataExport() {
        this(null, null, null, null, null);
    }

    @Inject
    public MyDataExport(
            EntityManager entityManager,
            CustomerProfiles profiles,
            CaseQueries cases,
            ConsentCentre consents,
            Clock clock) {
        this.entityManager = entityManager;
        this.profiles = profiles;
        this.cases = cases;
        this.consents = consents;
        this.clock = clock;
    }

    public Optional<MyData> of(long customerId) {
        Customer customer = entityManager.find(Customer.class, customerId);
        Optional<CustomerProfile> profile = profiles.own(customerId);
        if (customer == null || profile.isEmpty()) {
            return Optional.empty();
        }
        List<MyData.ContactRecord> contacts = entityManager
                .createQuery(
                        "SELECT k FROM Contact k WHERE k.customer = :c AND k.internalNote = false ORDER BY k.receivedAt, k.id",
                        Contact.class)
                .setParameter("c", customer)
                .getResultStream()
                .map(k -> new MyData.ContactRecord(
                        k.getReceivedAt(),
                        k.getChannel().wireName(),
                        k.getDirection().name().toLowerCase(Locale.ROOT),
                        k.getSupportCase() == null ? null : k.getSupportCase().getCaseNumber(),
                        k.getBody()))
                .toList();
        return Optional.of(new MyData(
                clock.instant(),
                new MyData.Profile(
                        customer.getFirstName(),
                        customer.getLastName(),
                        customer.getEmail(),
                        customer.getPhone(),
                        customer.getLanguage(),
                        customer.getCreatedAt()),
                profile.get().accounts(),
                profile.get().products(),
                cases.ofCustomer(customerId).stream()
                        .map(CaseSummary::caseNumber)
                        .flatMap(n -> cases.forCustomer(n, customerId).stream())
                        .toList(),
                contacts,
                consents.history(customerId)));
    }
}
