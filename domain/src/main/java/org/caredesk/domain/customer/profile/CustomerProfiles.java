package org.caredesk.domain.customer.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.customer.Account;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.customer.PhoneNumbers;
import org.caredesk.domain.privacy.Consent;

/**
 * Builds the whole picture of a customer. Staff look-ups ("screen pop" by phone or e-mail) are
 * written to the audit log in the same transaction; the customer's own view is not.
 */
@ApplicationScoped
@Transactional
public class CustomerProfiles {
    private static final int HISTORY = 50;

    private final EntityManager entityManager;
    private final AuditLog auditLog;

    protected CustomerProfiles() {
        this(null, null);
    }

    @Inject
    public CustomerProfiles(EntityManager entityManager, AuditLog auditLog) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
    }

    /**
     * The screen pop: the customer 360 an agent sees for a caller, found by e-mail or phone number (any
     * formatting); audited when a customer is found.
     */
    public Optional<CustomerProfile> screenPop(String email, String phone, String staffMember) {
        Optional<Customer> found = email != null && !email.isBlank()
                ? entityManager
                        .createQuery(
                                "SELECT c FROM Customer c WHERE c.email = :email AND c.erased = false", Customer.class)
                        .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                        .getResultStream()
                        .findFirst()
                : Optional.ofNullable(PhoneNumbers.digits(phone)).flatMap(digits -> entityManager
                        .createQuery(
                                "SELECT c FROM Customer c WHERE c.phoneDigits = :digits AND c.erased = false",
                                Customer.class)
                        .setParameter("digits", digits)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst());
        found.ifPresent(c -> auditLog.record(
                staffMember,
                AuditLog.CUSTOMER_RECORD_OPENED,
                c.getId(),
                "customer " + c.getId(),
                email != null && !email.isBlank() ? "looked up by e-mail" : "looked up by phone"));
        return found.map(this::profile);
    }

    /** Staff open a customer record they reached from a case or a search; audited. */
    public Optional<CustomerProfile> openForStaff(long customerId, String staffMember, String reason) {
        Optional<Customer> found = Optional.ofNullable(entityManager.find(Customer.class, customerId))
                .filter(c -> !c.isErased());
        found.ifPresent(c -> auditLog.record(
                staffMember, AuditLog.CUSTOMER_RECORD_OPENED, c.getId(), "customer " + c.getId(), reason));
        return found.map(this::profile);
    }

    /** The customer's own profile. */
    public Optional<CustomerProfile> own(long customerId) {
        return Optional.ofNullable(entityManager.find(Customer.class, customerId))
                .filter(c -> !c.isErased())
                .map(this::profile);
    }

    private CustomerProfile profile(Customer customer) {
        List<CustomerProfile.AccountView> accounts = entityManager
                .createQuery("SELECT a FROM Account a WHERE a.customer = :c ORDER BY a.number", Account.class)
                .setParameter("c", customer)
                .getResultStream()
                .map(a -> new CustomerProfile.AccountView(
                        a.getNumber(),
                        a.getPlan(),
                        a.getStatus().name().toLowerCase(Locale.ROOT),
                        a.getBalance(),
                        a.getBills().stream()
                                .map(b -> new CustomerProfile.BillView(b.getIssuedOn(), b.getAmount(), b.isPaid()))
                                .toList()))
                .toList();
        List<CustomerProfile.OwnedProductView> products = entityManager
                .createQuery(
                        "SELECT o FROM OwnedProduct o WHERE o.customer = :c ORDER BY o.purchasedOn DESC",
                        OwnedProduct.class)
                .setParameter("c", customer)
                .getResultStream()
                .map(o -> new CustomerProfile.OwnedProductView(
                        o.getProduct().getCode(),
                        o.getProduct().getName(),
                        o.getSerialNumber(),
                        o.getPurchasedOn(),
                        o.getWarrantyEnd()))
                .toList();
        List<CustomerProfile.HistoryEntry> history = entityManager
                .createQuery(
                        "SELECT k FROM Contact k WHERE k.customer = :c AND k.internalNote = false ORDER BY k.receivedAt DESC",
                        Contact.class)
                .setParameter("c", customer)
                .setMaxResults(HISTORY)
                .getResultStream()
                .map(k -> new CustomerProfile.HistoryEntry(
                        k.getReceivedAt(),
                        k.getChannel().wireName(),
                        k.getDirection().name().toLowerCase(Locale.ROOT),
                        k.getSupportCase() == null ? null : k.getSupportCase().getCaseNumber(),
                        k.getBody(),
                        k.getSentiment(),
                        k.getHazards().stream().map(HazardTag::getCategory).toList()))
                .toList();
        return new CustomerProfile(
                customer.getId(),
                customer.getDisplayName(),
                customer.getEmail(),
                customer.getPhone(),
                customer.getLanguage(),
                consents(customer),
                accounts,
                products,
                history);
    }

    /** The decision in force for each purpose: the latest one recorded. */
    private Map<String, Boolean> consents(Customer customer) {
        Map<String, Boolean> latest = new LinkedHashMap<>();
        entityManager
                .createQuery("SELECT k FROM Consent k WHERE k.customer = :c ORDER BY k.recordedAt", Consent.class)
                .setParameter("c", customer)
                .getResultStream()
                .forEach(k -> latest.put(k.getPurpose().name().toLowerCase(Locale.ROOT), k.isGranted()));
        return latest;
    }
}
