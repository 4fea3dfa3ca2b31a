package org.caredesk.domain.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.caredesk.domain.cases.CaseNumbers;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.ConsumerDetails;
import org.caredesk.domain.cases.Contact;
import org.caredesk.domain.cases.SupportCase;
import org.caredesk.domain.cases.TrackingCodes;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.ContactTags;
import org.caredesk.domain.customer.Account;
import org.caredesk.domain.customer.AccountStatus;
import org.caredesk.domain.customer.Customer;
import org.caredesk.domain.customer.OwnedProduct;
import org.caredesk.domain.kb.Article;
import org.caredesk.domain.privacy.ConsentCentre;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.product.Product;
import org.caredesk.domain.security.PasswordHashing;
import org.caredesk.domain.team.Team;
import org.caredesk.domain.user.Role;
import org.caredesk.domain.user.UserAccount;
import org.caredesk.sentiment.ProductReference;

/**
 * Fills an empty demo database with the generated {@link DemoDataset} and the demo accounts
 * of docs/api.md. Runs once: a marker row records that it did, written under a row lock that instances
 * starting at the same moment wait for (see {@link #seedOnce}).
 */
@ApplicationScoped
public class DemoSeeder {
    public static final long SEED = 20261122L;
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());
    private static final String MARKER = "demo.seeded";
    /** Demo cases younger than this stay open; older ones were closed two days after they came in. */
    private static final java.time.Duration OPEN_DEMO_CASES = java.time.Duration.ofDays(3);

    private final EntityManager em;
    private final PasswordHashing passwordHash;
    private final ContactTagger tagger;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final TrackingCodes trackingCodes = new TrackingCodes();

    protected DemoSeeder() {
        this(null, null, null, null, null);
    }

    @Inject
    public DemoSeeder(
            EntityManager em,
            PasswordHashing passwordHash,
            ContactTagger tagger,
            CaseNumbers caseNumbers,
            Clock clock) {
        this.em = em;
        this.passwordHash = passwordHash;
        this.tagger = tagger;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Transactional
    public void seedOnce() {
        // Instances starting together on an empty database queue here: the first seeds while holding
        // the feed counter's row lock (a row every database has from the first migration on), the
        // others wait for its commit and then find the marker. Checking the marker first and failing
        // on its key made the second instance fail its start-up.
        em.createNativeQuery("SELECT last_seq FROM feed_counter WHERE id = 1 FOR UPDATE")
                .getResultList();
        long seeded = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM app_setting WHERE setting_key = ?1")
                        .setParameter(1, MARKER)
                        .getSingleResult())
                .longValue();
        if (seeded > 0) {
            return;
        }
        em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
                .setParameter(1, MARKER)
                .setParameter(2, clock.instant().toString())
                .executeUpdate();
        long started = System.nanoTime();
        Instant now = clock.instant();
        DemoDataset data = DemoDataset.generate(SEED, LocalDate.ofInstant(now, ZoneOffset.UTC));

        Map<String, Product> products = seedProducts(data);
        tagger.useCatalogue(products.values().stream()
                .map(p -> new ProductReference(p.getCode(), p.getName(), p.getAliases(), p.getModelNumbers()))
                .toList());
        seedArticles(data, now);
        Map<String, Customer> customers = seedCustomers(data, products, now);
        seedStaffAndDemoLogins(customers, now);
        int contacts = seedContacts(data, customers, products, now);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Demo data seeded in " + millis + " ms: " + products.size() + " products, "
                + data.articles().size() + " articles, " + customers.size() + " customers, " + contacts + " contacts");
    }

    private Map<String, Product> seedProducts(DemoDataset data) {
        Map<String, Product> products = new HashMap<>();
        for (DemoProduct p : data.products()) {
            Product product = new Product(
                    p.code(),
                    p.name(),
                    p.brand(),
                    p.category(),
                    p.aliases(),
                    p.modelNumbers(),
                    p.warrantyMonths(),
                    true);
            em.persist(product);
            products.put(p.code(), product);
        }
        return products;
    }

    private void seedArticles(DemoDataset data, Instant now) {
        for (DemoArticle a : data.articles()) {
            em.persist(new Article(
                    a.slug(),
                    a.language(),
                    a.title(),
                    org.caredesk.domain.kb.ArticleHtml.clean(a.body()),
                    a.category(),
                    a.tags(),
                    a.productCodes(),
                    now));
        }
    }

    private static final List<String> DEMO_REGIONS = List.of("Lombardia", "Lazio", "Piemonte", "London", "Yorkshire");
    private static final Set<String> DEMO_LOGINS = Set.of("alice", "bob");
    private static final int CUSTOMERS_PER_FLUSH = 25;

    private Map<String, Customer> seedCustomers(DemoDataset data, Map<String, Product> products, Instant now) {
        Map<String, Customer> customers = new HashMap<>();
        for (DemoCustomer c : data.customers()) {
            Customer customer = new Customer(
                    c.firstName(), c.lastName(), c.email(), c.phone(), c.language(), now.minusSeconds(86_400L * 400));
            customer.changeRegion(DEMO_REGIONS.get(Math.floorMod(c.ref().hashCode(), DEMO_REGIONS.size())));
            em.persist(customer);
            for (DemoAccount a : c.accounts()) {
                Account account = new Account(
                        customer,
                        a.number(),
                        a.plan(),
                        AccountStatus.valueOf(a.status().toUpperCase(Locale.ROOT)),
                        a.balance());
                a.bills().forEach(b -> account.addBill(b.issuedOn(), b.amount(), b.paid()));
                em.persist(account);
            }
            for (DemoOwnedProduct o : c.products()) {
                em.persist(
                        new OwnedProduct(customer, products.get(o.productCode()), o.serialNumber(), o.purchasedOn()));
            }
            Instant consentedAt = customer.getCreatedAt();
            ConsentCentre.record(em, customer, ConsentPurpose.CONTACT_BY_EMAIL, true, consentedAt, "registration");
            ConsentCentre.record(em, customer, ConsentPurpose.CONTACT_BY_SMS, false, consentedAt, "registration");
            ConsentCentre.record(
                    em, customer, ConsentPurpose.ANALYTICS, c.analyticsConsent(), consentedAt, "registration");
            // Campaigns need people who opted in: two in three demo customers (and both demo logins) did.
            boolean marketing = Math.floorMod(c.ref().hashCode(), 3) != 0 || DEMO_LOGINS.contains(c.ref());
            ConsentCentre.record(em, customer, ConsentPurpose.MARKETING, marketing, consentedAt, "registration");
            customers.put(c.ref(), customer);
            if (customers.size() % CUSTOMERS_PER_FLUSH == 0) {
                // Each consent recorded queries first, and a query flushes: with every customer so far still
                // managed, each flush compared them all and the seeding's cost grew with its square.
                forgetWritten(customers, products);
            }
        }
        return customers;
    }

    private void seedStaffAndDemoLogins(Map<String, Customer> customers, Instant now) {
        em.persist(new UserAccount(
                "alice@example.com", hash("alice-demo"), Role.CUSTOMER, "Alice Martin", customers.get("alice"), now));
        em.persist(new UserAccount(
                "bob@example.com", hash("bob-demo"), Role.CUSTOMER, "Bob Rossi", customers.get("bob"), now));
        UserAccount agent =
                new UserAccount("agent@example.com", hash("agent-demo"), Role.AGENT, "Dana Agent", null, now);
        agent.changeExtension("201"); // the PBX of the telephony demo names agents by extension
        em.persist(agent);
        // A second agent, for trying two-factor sign-in without changing how the first one signs in.
        em.persist(new UserAccount("agent2@example.com", hash("agent2-demo"), Role.AGENT, "Robin Agent", null, now));
        UserAccount supervisor = new UserAccount(
                "supervisor@example.com", hash("supervisor-demo"), Role.SUPERVISOR, "Sam Supervisor", null, now);
        supervisor.changeExtension("200");
        em.persist(supervisor);
        // The teams come with the schema (V140); the demo staff work in them: Dana in Safety and Billing,
        // Sam leads Safety (and hears of its SLA breaches).
        Team safety = em.find(Team.class, 1L);
        Team billing = em.find(Team.class, 2L);
        if (safety != null && billing != null) {
            safety.add(agent);
            safety.leadBy(supervisor);
            billing.add(agent);
        }
    }

    private int seedContacts(
            DemoDataset data, Map<String, Customer> customers, Map<String, Product> products, Instant now) {
        int count = 0;
        org.caredesk.domain.cases.SlaTargets.Lookup targets = new org.caredesk.domain.cases.SlaTargets(em).lookup();
        List<ContactTags> allTags = tagger.tagAll(data.contacts().stream()
                .map(d -> new ContactTagger.TextToTag(d.text(), d.language()))
                .toList());
        for (DemoContact d : data.contacts()) {
            Customer customer = d.customerRef() == null ? null : customers.get(d.customerRef());
            Product product = d.productCode() == null ? null : products.get(d.productCode());
            Channel channel = Channel.fromWire(d.channel()).orElse(Channel.WEB);
            ContactTags tags = allTags.get(count);
            SupportCase supportCase = null;
            if (d.subject() != null) {
                supportCase = new SupportCase(
                        caseNumbers.next(),
                        TrackingCodes.hash(trackingCodes.newCode()),
                        d.subject(),
                        channel,
                        d.language(),
                        customer,
                        product,
                        ConsumerDetails.NONE,
                        d.receivedAt());
                supportCase.noteConsumerMessage(tags.sentiment(), tags.hasHazard(), d.receivedAt());
                if (d.receivedAt().isBefore(now.minus(OPEN_DEMO_CASES))) {
                    // The history was worked long ago: only the latest cases wait in the queue.
                    supportCase.changeStatus(CaseStatus.CLOSED, d.receivedAt().plus(java.time.Duration.ofDays(2)));
                }
                em.persist(supportCase);
                answerMostOpenCases(supportCase, channel, customer, product, d, count, now);
                supportCase.scheduleSla(targets);
            }
            Contact contact = Contact.inbound(channel, d.text(), d.receivedAt())
                    .inCase(supportCase)
                    .from(customer)
                    .about(product)
                    .build();
            contact.tag(tags);
            em.persist(contact);
            if (++count % 500 == 0) {
                forgetWritten(customers, products);
            }
        }
        return count;
    }

    /** Writes what is pending and lets go of it, keeping only references to what later rows point at. */
    private void forgetWritten(Map<String, Customer> customers, Map<String, Product> products) {
        em.flush();
        em.clear();
        customers.replaceAll((ref, c) -> em.getReference(Customer.class, c.getId()));
        products.replaceAll((code, p) -> em.getReference(Product.class, p.getId()));
    }

    /**
     * A real queue is mostly answered in time: four open cases in five got a first reply from Dana within
     * 20 minutes to 3 hours, so the queue shows a minority breached instead of a wall of red.
     */
    private void answerMostOpenCases(
            SupportCase supportCase,
            Channel channel,
            Customer customer,
            Product product,
            DemoContact d,
            int index,
            Instant now) {
        if (supportCase.getStatus() == CaseStatus.CLOSED || index % 5 == 0) {
            return;
        }
        Instant repliedAt = d.receivedAt().plus(java.time.Duration.ofMinutes(20 + (index * 37L) % 160));
        if (repliedAt.isAfter(now)) {
            return;
        }
        String text = "it".equals(d.language())
                ? "Grazie per averci scritto. Stiamo verificando e la ricontatteremo entro un giorno lavorativo. Dana"
                : "Thank you for getting in touch. We are looking into it and will come back to you within one working day. Dana";
        em.persist(Contact.fromAgent(channel, text, repliedAt)
                .inCase(supportCase)
                .from(customer)
                .about(product)
                .byStaff("agent@example.com")
                .build());
        supportCase.noteAgentReply(repliedAt);
    }

    private String hash(String password) {
        return passwordHash.hash(password.toCharArray());
    }
}
