package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.importing.ImportBatchWriter;
import org.caredesk.domain.contact.importing.ImportLine;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.product.ProductCatalogue;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One batch of an import on every supported database: who each line is linked to, and what the batch reads.
 * Issue 14 item 4: each line's customer was looked up by a query among the batch's pending contacts, so each
 * line flushed (and compared) every contact persisted before it: a batch of 1,000 lines cost 1,000 reads and
 * 1,000 flushes, about 120 lines a second. The batch now reads its customers and products before the first
 * contact is persisted: the reads do not grow with its lines.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ImportBatchContract extends DatabaseContract {

    @Test
    void aBatchLinksEachLineToItsCustomerByEmailThenPhoneWithReadsThatDoNotGrowWithItsLines() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Customer> customers = jpa.inTransaction(em -> {
            List<Customer> made = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Customer c = new Customer(
                        "Import",
                        "Owner" + i,
                        "owner" + i + "." + run + "@example.com",
                        "+39 02 5550 " + (1000 + i),
                        "en",
                        Instant.now());
                em.persist(c);
                made.add(c);
            }
            Product p = new Product(
                    "IMP-" + run, "Import kettle " + run, "Test", "kitchen", List.of(), List.of(), 24, true);
            em.persist(p);
            return made;
        });
        List<ImportLine> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Customer c = customers.get(i % 20);
            boolean byPhone = i % 3 == 0; // an e-mail nobody has, and the customer's phone
            lines.add(new ImportLine(
                    i + 1,
                    Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i),
                    Channel.WEB,
                    "The kettle leaks and the base got very hot " + i,
                    "Import kettle " + run,
                    byPhone
                            ? "nobody" + i + "." + run + "@example.com"
                            : c.getEmail().toUpperCase(java.util.Locale.ROOT),
                    byPhone ? c.getPhone() : null,
                    "imp-" + run + "-" + i,
                    null,
                    null,
                    null));
        }
        ContactTagger tagger = new ContactTagger();
        ProductCatalogue catalogue = new ProductCatalogue(jpa.entityManager());
        ImportBatchWriter writer = new ImportBatchWriter(jpa.entityManager(), catalogue, tagger);
        AtomicInteger reads = new AtomicInteger();
        Session session = jpa.entityManager().unwrap(Session.class);
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void postExecuteQuery(SessionEvent event) {
                // Queries of entities and columns; the id sequence's (one per 50 contacts) are not the batch's reads.
                if (event.getQuery() instanceof ObjectLevelReadQuery) {
                    reads.incrementAndGet();
                }
            }
        };
        session.getEventManager().addListener(counter);
        ImportBatchWriter.BatchResult result;
        try {
            result = jpa.inTransaction(em -> writer.write(lines));
        } finally {
            session.getEventManager().removeListener(counter);
        }

        assertEquals(300, result.imported());
        assertTrue(reads.get() <= 5, () -> reads.get() + " queries for a batch of 300 lines");
        List<Object[]> linked = jpa.inTransaction(em -> em.createQuery(
                        "SELECT c.externalId, c.customer.id FROM Contact c WHERE c.externalId LIKE :run",
                        Object[].class)
                .setParameter("run", "imp-" + run + "-%")
                .getResultList());
        assertEquals(300, linked.size());
        for (Object[] row : linked) {
            int i = Integer.parseInt(((String) row[0]).substring(("imp-" + run + "-").length()));
            assertEquals(customers.get(i % 20).getId(), row[1], () -> "line " + i);
        }
        // Importing the same lines again stores none of them.
        assertEquals(300, jpa.inTransaction(em -> writer.write(lines)).duplicates());
        assertEquals(300L, count("SELECT COUNT(c) FROM Contact c WHERE c.externalId LIKE 'imp-" + run + "-%'"));
        assertTrue(linked.stream().allMatch(r -> r[1] != null));
    }
}
