package org.caredesk.domain.contact.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.PhoneNumbers;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;

/**
 * Stores one batch of imported contacts in one transaction: skips external ids already stored,
 * links each contact to its product (adding unknown ones to the catalogue as unverified) and to
 * the customer with that e-mail or phone, and tags it like any live contact.
 */
@ApplicationScoped
@Transactional
public class ImportBatchWriter {
    private final EntityManager entityManager;
    private final ProductCatalogue catalogue;
    private final ContactTagger tagger;

    protected ImportBatchWriter() {
        this(null, null, null);
    }

    @Inject
    public ImportBatchWriter(EntityManager entityManager, ProductCatalogue catalogue, ContactTagger tagger) {
        this.entityManager = entityManager;
        this.catalogue = catalogue;
        this.tagger = tagger;
    }

    /** Counts of what the batch did. */
    public record BatchResult(int imported, int duplicates, int newProducts) {}

    public BatchResult write(List<ImportLine> lines) {
        Set<String> stored = storedExternalIds(lines);
        // Everything the batch reads is read before its first contact is persisted: a query among pending
        // contacts makes the persistence context flush them all and compare every managed contact first, so
        // one customer query per line made a batch of 1,000 lines cost 1,000 flushes of up to 1,000 contacts
        // (about 120 lines a second on the growth run's machine) and no JDBC batching.
        Map<String, Customer> byEmail = customersByEmail(lines);
        Map<String, Customer> byPhone = customersByPhone(lines, byEmail);
        int imported = 0;
        int duplicates = 0;
        int newProducts = 0;
        Map<String, Product> products = new HashMap<>();
        List<ImportLine> kept = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            if (line.externalId() != null && !stored.add(line.externalId())) {
                duplicates++;
                continue;
            }
            kept.add(line);
            if (line.product() != null) {
                String key = line.product().toLowerCase(Locale.ROOT);
                if (!products.containsKey(key)) {
                    Optional<Product> known = catalogue.find(line.product());
                    if (known.isEmpty()) {
                        newProducts++;
                    }
                    products.put(key, known.orElseGet(() -> addUnverified(line.product())));
                }
            }
        }
        List<ContactTags> tags = tagger.tagAll(kept.stream()
                .map(line -> new ContactTagger.TextToTag(line.text(), null))
                .toList());
        for (int i = 0; i < kept.size(); i++) {
            ImportLine line = kept.get(i);
            Product product =
                    line.product() == null ? null : products.get(line.product().toLowerCase(Locale.ROOT));
            Customer customer = customerFor(line.email(), line.phone(), byEmail, byPhone);
            Contact contact = Contact.inbound(line.channel(), line.text(), line.receivedAt())
                    .from(customer)
                    .about(product)
                    .senderEmail(line.email())
                    .externalId(line.externalId())
                    .reportedHarm(line.reportedHarm())
                    .component(line.component())
                    .modelYear(line.modelYear())
                    .build();
            contact.tag(tags.get(i));
            entityManager.persist(contact);
            imported++;
        }
        return new BatchResult(imported, duplicates, newProducts);
    }

    /** The customer with the line's e-mail, else one with its phone number (the lowest id), else none. */
    private static Customer customerFor(
            String email, String phone, Map<String, Customer> byEmail, Map<String, Customer> byPhone) {
        if (email != null) {
            Customer known = byEmail.get(email.toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        String digits = PhoneNumbers.digits(phone);
        return digits == null ? null : byPhone.get(digits);
    }

    private Map<String, Customer> customersByEmail(List<ImportLine> lines) {
        List<String> emails = lines.stream()
                .map(ImportLine::email)
                .filter(Objects::nonNull)
                .map(e -> e.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        Map<String, Customer> found = new HashMap<>();
        if (!emails.isEmpty()) {
            entityManager
                    .createQuery("SELECT c FROM Customer c WHERE c.email IN :emails ORDER BY c.id", Customer.class)
                    .setParameter("emails", emails)
                    .getResultList()
                    .forEach(c -> found.putIfAbsent(c.getEmail(), c));
        }
        return found;
    }

    /** Only for the lines whose e-mail names no customer: the phone is the fallback. */
    private Map<String, Customer> customersByPhone(List<ImportLine> lines, Map<String, Customer> byEmail) {
        List<String> digits = lines.stream()
                .filter(l -> l.email() == null || !byEmail.containsKey(l.email().toLowerCase(Locale.ROOT)))
                .map(l -> PhoneNumbers.digits(l.phone()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, Customer> found = new HashMap<>();
        if (!digits.isEmpty()) {
            entityManager
                    .createQuery(
                            "SELECT c FROM Customer c WHERE c.phoneDigits IN :digits ORDER BY c.id", Customer.class)
                    .setParameter("digits", digits)
                    .getResultList()
                    .forEach(c -> found.putIfAbsent(c.getPhoneDigits(), c));
        }
        return found;
    }

    private Set<String> storedExternalIds(List<ImportLine> lines) {
        List<String> ids = lines.stream()
                .map(ImportLine::externalId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(entityManager
                .createQuery("SELECT c.externalId FROM Contact c WHERE c.externalId IN :ids", String.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    private Product addUnverified(String name) {
        String code = "U-"
                + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
        Product product = new Product(
                code.length() > 60 ? code.substring(0, 60) : code, name, null, null, List.of(), List.of(), 0, false);
        entityManager.persist(product);
        entityManager.flush(); // the next line naming it must find it
        return product;
    }
}
