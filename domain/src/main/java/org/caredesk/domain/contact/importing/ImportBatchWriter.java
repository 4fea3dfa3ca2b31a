package org.caredesk.domain.contact.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.ContactTagger;
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
        int imported = 0;
        int duplicates = 0;
        int newProducts = 0;
        java.util.Map<String, Product> products = new java.util.HashMap<>();
        for (ImportLine line : lines) {
            if (line.externalId() != null && !stored.add(line.externalId())) {
                duplicates++;
                continue;
            }
            Product product = null;
            if (line.product() != null) {
                String key = line.product().toLowerCase(Locale.ROOT);
                product = products.get(key);
                if (product == null) {
                    Optional<Product> known = catalogue.find(line.product());
                    if (known.isEmpty()) {
                        newProducts++;
                    }
                    product = known.orElseGet(() -> addUnverified(line.product()));
                    products.put(key, product);
                }
            }
            Customer customer = customerFor(line.email(), line.phone());
            Contact contact = Contact.inbound(line.channel(), line.text(), line.receivedAt())
                    .from(customer)
                    .about(product)
                    .senderEmail(line.email())
                    .externalId(line.externalId())
                    .reportedHarm(line.reportedHarm())
                    .component(line.component())
                    .modelYear(line.modelYear())
                    .build();
            contact.tag(tagger.tag(line.text(), null));
            entityManager.persist(contact);
            imported++;
        }
        return new BatchResult(imported, duplicates, newProducts);
    }

    private Set<String> storedExternalIds(List<ImportLine> lines) {
        List<String> ids = lines.stream()
                .map(ImportLine::externalId)
                .filter(java.util.Objects::nonNull)
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

    private Customer customerFor(String email, String phone) {
        if (email != null) {
            Optional<Customer> byEmail = entityManager
                    .createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                    .setParameter("email", email.toLowerCase(Locale.ROOT))
                    .getResultStream()
                    .findFirst();
            if (byEmail.isPresent()) {
                return byEmail.get();
            }
        }
        String digits = PhoneNumbers.digits(phone);
        if (digits == null) {
            return null;
        }
        return entityManager
                .createQuery("SELECT c FROM Customer c WHERE c.phoneDigits = :digits", Customer.class)
                .setParameter("digits", digits)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
