package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.profile.CustomerTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The customer 360's contacts on each database: each contact with its hazards, newest first, read in a fixed
 * number of statements however many contacts the customer has (issue 16: pages whose cost does not grow).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CustomerTimelineContract extends DatabaseContract {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private CountingDataSource counting;
    private JpaHarness counted;

    @org.junit.jupiter.params.BeforeParameterizedClassInvocation
    void setUp() {
        counting = new CountingDataSource(database.dataSource());
        counted = new JpaHarness(counting.dataSource());
    }

    @org.junit.jupiter.params.AfterParameterizedClassInvocation
    void tearDown() {
        counted.close();
    }

    private long customerWith(int contacts) {
        return jpa.inTransaction(em -> {
                    Customer customer = new Customer(
                            "Tia", "Timeline", "tia." + contacts + "." + run + "@example.com", null, "en", T0);
                    em.persist(customer);
                    for (int i = 0; i < contacts; i++) {
                        Contact contact = Contact.inbound(Channel.PHONE, "Call " + i, T0.plusSeconds(60L * i))
                                .from(customer)
                                .build();
                        contact.addHazard(new HazardTag("fire", "smoke " + i));
                        if (i % 2 == 0) {
                            contact.addHazard(new HazardTag("burn", "burnt " + i));
                        }
                        em.persist(contact);
                    }
                    return customer;
                })
                .getId();
    }

    /** Statements to read {@code customer}'s contacts in a fresh persistence context, and the contacts. */
    private List<CustomerTimeline.Entry> read(long customer, long[] statements) {
        return counted.inTransaction(em -> {
            long before = counting.statements();
            List<CustomerTimeline.Entry> entries = new CustomerTimeline(em, new CaseQueries(em)).contacts(customer);
            statements[0] = counting.statements() - before;
            return entries;
        });
    }

    @Test
    void contactsWithTheirHazardsNewestFirstInAFixedNumberOfStatements() {
        long few = customerWith(2);
        long many = customerWith(12);
        long[] forFew = new long[1];
        long[] forMany = new long[1];
        read(few, forFew);
        List<CustomerTimeline.Entry> entries = read(many, forMany);

        assertEquals(12, entries.size());
        assertEquals("Call 11", entries.get(0).text());
        assertEquals(List.of("fire"), entries.get(0).hazards());
        assertEquals(Set.of("fire", "burn"), Set.copyOf(entries.get(1).hazards()));
        assertEquals("Call 0", entries.get(11).text());
        assertEquals(forFew[0], forMany[0], "statements for 2 contacts and for 12: one more per contact is an N+1");
    }
}
