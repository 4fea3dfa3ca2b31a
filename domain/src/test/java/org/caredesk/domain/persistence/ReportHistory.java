package org.caredesk.domain.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caredesk.domain.cases.CaseLifecycleEvent;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.ConsumerDetails;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.contact.HazardTag;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;

/**
 * A seeded history of cases and contacts for the report tests: cases on every channel, some answered
 * (whole minutes, so any database computes the same minutes), resolved, rated and reopened; consumer
 * contacts, agents' replies and notes; customers of whom one withdrew analytics consent and one was erased.
 */
final class ReportHistory {
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final int DAYS = 120;

    private final JpaHarness jpa;
    private final Random random = new Random(17);
    final List<Long> customers = new ArrayList<>();
    final List<Long> products = new ArrayList<>();
    final List<Long> agents = new ArrayList<>();
    final List<Long> cases = new ArrayList<>();
    long withdrawn;
    long erased;
    private int caseCounter;

    ReportHistory(JpaHarness jpa) {
        this.jpa = jpa;
    }

    static LocalDate day(int offset) {
        return LocalDate.ofInstant(START, java.time.ZoneOffset.UTC).plusDays(offset);
    }

    void people() {
        jpa.inTransaction(em -> {
            String[][] specs = {{"heating"}, {"heating"}, {"kitchen"}};
            for (int i = 0; i < specs.length; i++) {
                Product p = new Product(
                        "RP-" + i, "Report product " + i, "Test", specs[i][0], List.of(), List.of(), 24, true);
                em.persist(p);
                products.add(p.getId());
            }
            for (int i = 0; i < 2; i++) {
                UserAccount agent = new UserAccount(
                        "report.agent" + i + "@example.com", null, Role.AGENT, "Agent " + i, null, START);
                em.persist(agent);
                agents.add(agent.getId());
            }
            for (int i = 0; i < 14; i++) {
                Customer c = new Customer(
                        "First" + i,
                        "Last" + i,
                        "report.customer" + i + "@example.com",
                        null,
                        i % 3 == 0 ? "it" : "en",
                        START);
                em.persist(c);
                customers.add(c.getId());
                ConsentCentre.record(em, c, ConsentPurpose.ANALYTICS, i != 0, START, "test");
                em.persist(new OwnedProduct(c, em.find(Product.class, products.get(i % 3)), "S" + i, day(-30 + i)));
                if (i % 2 == 0) {
                    em.persist(new OwnedProduct(c, em.find(Product.class, products.get(0)), "T" + i, day(i * 5)));
                }
            }
            withdrawn = customers.get(0);
            erased = customers.get(1);
            return null;
        });
    }

    /** Cases (with their contacts) opened on days {@code fromDay}..{@code toDay} after {@link #START}. */
    void cases(int fromDay, int toDay, int count) {
        jpa.inTransaction(em -> {
            for (int i = 0; i < count; i++) {
                int minute = random.nextInt((toDay - fromDay) * 24 * 60);
                Instant created = START.plus(Duration.ofMinutes((long) fromDay * 24 * 60 + minute));
                Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                String language = random.nextInt(4) == 0 ? "it" : "en";
                Customer customer = random.nextInt(5) == 0
                        ? null
                        : em.find(Customer.class, customers.get(random.nextInt(customers.size())));
                Product product =
                        random.nextInt(6) == 0 ? null : em.find(Product.class, products.get(random.nextInt(3)));
                SupportCase c = new SupportCase(
                        "RC-" + (++caseCounter),
                        "hash",
                        "Subject",
                        channel,
                        language,
                        customer,
                        product,
                        ConsumerDetails.NONE,
                        created);
                String sentiment = new String[] {"negative", "neutral", "positive"}[random.nextInt(3)];
                boolean hazard = random.nextInt(8) == 0;
                c.noteConsumerMessage(sentiment, hazard, created);
                if (random.nextInt(4) > 0) {
                    c.assignTo(em.find(UserAccount.class, agents.get(random.nextInt(agents.size()))));
                }
                em.persist(c);
                em.persist(consumerContact(channel, created, c, customer, product, language, sentiment, hazard));
                Instant t = created;
                if (random.nextInt(5) > 0) {
                    t = created.plus(Duration.ofMinutes(1 + random.nextInt(600)));
                    em.persist(Contact.fromAgent(channel, "Reply", t)
                            .inCase(c)
                            .byStaff("agent")
                            .build());
                    c.noteAgentReply(t);
                }
                if (random.nextInt(3) > 0) {
                    t = t.plus(Duration.ofMinutes(30 + random.nextInt(5000)));
                    c.changeStatus(CaseStatus.RESOLVED, t);
                    if (random.nextInt(2) == 0) {
                        c.rate(1 + random.nextInt(5), "Comment " + i, t.plus(Duration.ofHours(2)));
                    } else if (random.nextInt(5) == 0) {
                        t = t.plus(Duration.ofHours(5));
                        c.reopenByConsumer(t);
                        em.persist(new CaseLifecycleEvent(c, t, "consumer", CaseLifecycleEvent.Kind.REOPENED));
                    }
                }
                c.changedBy("history", t);
                em.flush();
                cases.add(c.getId());
            }
            return null;
        });
    }

    /** Contacts without a case on days {@code fromDay}..{@code toDay} (imports arrive late and out of order). */
    void looseContacts(int fromDay, int toDay, int count) {
        jpa.inTransaction(em -> {
            for (int i = 0; i < count; i++) {
                Instant at = START.plus(
                        Duration.ofMinutes((long) fromDay * 24 * 60 + random.nextInt((toDay - fromDay) * 24 * 60)));
                Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                Product product =
                        random.nextInt(3) == 0 ? null : em.find(Product.class, products.get(random.nextInt(3)));
                Customer customer = random.nextBoolean()
                        ? null
                        : em.find(Customer.class, customers.get(random.nextInt(customers.size())));
                boolean note = random.nextInt(10) == 0;
                String sentiment = new String[] {"negative", "neutral", "positive"}[random.nextInt(3)];
                Contact contact = note
                        ? Contact.fromAgent(channel, "Note", at)
                                .internal()
                                .byStaff("agent")
                                .build()
                        : consumerContact(
                                channel,
                                at,
                                null,
                                customer,
                                product,
                                random.nextBoolean() ? "en" : "it",
                                sentiment,
                                random.nextInt(7) == 0);
                em.persist(contact);
            }
            return null;
        });
    }

    /** Later work on earlier cases: some resolved and rated now, the way agents and consumers do. */
    void laterWork(Instant now) {
        jpa.inTransaction(em -> {
            for (int i = 0; i < cases.size(); i += 7) {
                SupportCase c = em.find(SupportCase.class, cases.get(i));
                if (c.getStatus() != CaseStatus.RESOLVED && c.getStatus() != CaseStatus.CLOSED) {
                    c.changeStatus(CaseStatus.RESOLVED, now);
                    c.rate(5, "Late thanks", now);
                    c.changedBy("history", now);
                }
            }
            em.find(Customer.class, erased).erase();
            return null;
        });
    }

    private static Contact consumerContact(
            Channel channel,
            Instant at,
            SupportCase c,
            Customer customer,
            Product product,
            String language,
            String sentiment,
            boolean hazard) {
        Contact contact = Contact.inbound(channel, "Message", at)
                .inCase(c)
                .from(customer)
                .about(product)
                .build();
        contact.tag(new ContactTags(
                language,
                sentiment,
                0.5,
                "",
                1,
                hazard ? List.of(new HazardTag("fire", "fire")) : List.of(),
                List.of()));
        return contact;
    }
}
