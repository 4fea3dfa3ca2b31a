package org.caredesk.growth;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.caredesk.domain.cases.TrackingCodes;
import org.caredesk.domain.demo.DemoArticle;
import org.caredesk.domain.demo.DemoContact;
import org.caredesk.domain.demo.DemoCustomer;
import org.caredesk.domain.demo.DemoProduct;
import org.caredesk.domain.platform.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds a realistic CareDesk history in a PostgreSQL database, fast: by default 1,000,000 contacts,
 * 200,000 cases of which 100,000 open, 50,000 customers (each with an account, six bills, an owned product
 * and three consents) and 5,000 published help articles over two years, with COPY and progress. Test code
 * for the growth benchmarks (issue 16 item 7), not part of the product.
 *
 * <p>Run it with CareDesk stopped, against a database CareDesk has started on once (so the history refers
 * to the demo catalogue and the demo logins exist; on an empty database it migrates the schema and makes a
 * catalogue of its own, codes {@code H-…}):
 *
 * <pre>
 * ./mvnw -B -o -q install -DskipTests -Dmaven.repo.local=...        (once: the domain classes it reuses)
 * ./mvnw -B -o -q -pl ear test-compile exec:java@history -Dmaven.repo.local=... \
 *     -Dhistory.url=jdbc:postgresql://127.0.0.1:5432/caredesk -Dhistory.user=postgres -Dhistory.password= \
 *     -Dhistory.contacts=1000000 [-Dhistory.schema=growth] [-Dhistory.cases=… -Dhistory.openCases=…
 *     -Dhistory.customers=… -Dhistory.articles=… -Dhistory.days=… -Dhistory.seed=…]
 * </pre>
 *
 * Sizes scale with {@code history.contacts} ({@link HistorySize#ofContacts}); each can be set on its own.
 * A database holds one history: a second run refuses (the {@code history.generated} setting). Ids and case
 * numbers come from the application's own sequences, which are moved past them, so CareDesk goes on
 * numbering after the history. The open cases are the newest; the app rebuilds its article index from the
 * database on its next start.
 */
public final class HistoryGenerator {
    static final String MARKER = "history.generated";
    private static final String[] OPEN = {"NEW", "NEW", "OPEN", "OPEN", "PENDING"};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
    private static final String[] CASELESS_CHANNELS = {"PHONE", "PHONE", "SOCIAL", "CHAT", "EMAIL"};

    private final HistorySize size;
    private final HistoryTexts texts;
    private final PrintStream out;
    private final SplittableRandom random;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant start;
    private long nextId;
    private long[] productIds = new long[0];
    private String[] productCodes = new String[0];
    private Long agentId;
    private long caseContactsWritten;

    HistoryGenerator(HistorySize size, long seed, PrintStream out) {
        this.size = size;
        this.texts = new HistoryTexts(seed);
        this.out = out;
        this.random = new SplittableRandom(seed);
        this.start = now.minus(Duration.ofDays(size.days()));
    }

    public static void main(String[] args) throws Exception {
        generate(
                System.getProperty("history.url", "jdbc:postgresql://127.0.0.1:5432/caredesk"),
                System.getProperty("history.user", "postgres"),
                System.getProperty("history.password", ""),
                System.getProperty("history.schema", ""),
                HistorySize.fromSystemProperties(),
                Long.getLong("history.seed", 20261207L),
                System.out);
    }

    /** Writes a history of {@code size} into the database at {@code url} (into {@code schema} unless blank). */
    public static void generate(
            String url, String user, String password, String schema, HistorySize size, long seed, PrintStream out)
            throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        if (!schema.isBlank()) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + identifier(schema));
            }
            dataSource.setCurrentSchema(schema);
        }
        out.println("History for " + url + (schema.isBlank() ? "" : " schema " + schema));
        new HistoryGenerator(size, seed, out).write(dataSource);
    }

    /** Migrates the schema if needed and writes the history; refuses a database that already has one. */
    void write(PGSimpleDataSource dataSource) throws SQLException {
        long began = System.nanoTime();
        out.println("Generating " + size);
        int migrations = SchemaMigrator.migrate(dataSource);
        if (migrations > 0) {
            out.printf("  schema: %d migrations applied%n", migrations);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                // Losing the last commits to a crash only means generating again; waiting for each flush does not.
                s.execute("SET synchronous_commit TO off");
            }
            if (alreadyGenerated(connection)) {
                throw new IllegalStateException("This database already holds a generated history (setting " + MARKER
                        + "); generate into a fresh database or schema");
            }
            nextId = reserveIds(connection);
            loadCatalogue(connection);
            long firstCustomer = customers(connection);
            articles(connection);
            cases(connection, firstCustomer);
            caselessContacts(connection, firstCustomer);
            finish(connection);
        }
        out.printf("History generated in %,d s%n", (System.nanoTime() - began) / 1_000_000_000L);
    }

    private static boolean alreadyGenerated(Connection connection) throws SQLException {
        try (PreparedStatement p =
                connection.prepareStatement("SELECT COUNT(*) FROM app_setting WHERE setting_key = ?")) {
            p.setString(1, MARKER);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /** Ids above anything the application has handed out; {@link #finish} moves the sequence past them. */
    private static long reserveIds(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT nextval('entity_seq')")) {
            r.next();
            return r.getLong(1) + 1_000;
        }
    }

    private void loadCatalogue(Connection connection) throws SQLException {
        if (count(connection, "SELECT COUNT(*) FROM product") == 0) {
            try (CopyWriter copy = CopyWriter.open(
                    connection,
                    "product",
                    "id, code, name, brand, category, aliases, model_numbers, warranty_months, verified, version",
                    texts.products().size(),
                    out)) {
                for (DemoProduct p : texts.products()) {
                    copy.value(nextId++)
                            .value("H-" + p.code())
                            .value(p.name())
                            .value(p.brand())
                            .value(p.category())
                            .value(String.join("|", p.aliases()))
                            .value(String.join("|", p.modelNumbers()))
                            .value(p.warrantyMonths())
                            .value(true)
                            .value(1L)
                            .endRow();
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT id, code FROM product ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
                codes.add(r.getString(2));
            }
        }
        productIds = ids.stream().mapToLong(Long::longValue).toArray();
        productCodes = codes.toArray(String[]::new);
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT MIN(id) FROM app_user WHERE role = 'AGENT'")) {
            r.next();
            long id = r.getLong(1);
            agentId = r.wasNull() ? null : id;
        }
        out.printf("  catalogue: %d products; agent for replies: %s%n", productIds.length, agentId);
    }

    /** Customers with one account, six monthly bills, one owned product and three consents each. */
    private long customers(Connection connection) throws SQLException {
        long first = nextId;
        long n = size.customers();
        try (CopyWriter copy = CopyWriter.open(
                connection,
                "customer",
                "id, first_name, last_name, email, phone, phone_digits, language, erased, created_at, version",
                n,
                out)) {
            for (long i = 0; i < n; i++) {
                DemoCustomer person = texts.person(random);
                String digits = String.format("3902%08d", i);
                copy.value(first + i)
                        .value(person.firstName())
                        .value(person.lastName())
                        .value(email(i, person))
                        .value("+39 02 " + digits.substring(4))
                        .value(digits)
                        .value(person.language())
                        .value(false)
                        .value(between(start, start.plus(Duration.ofDays(size.days() * 2L / 3))))
                        .value(1L)
                        .endRow();
            }
        }
        nextId += n;
        long accounts = nextId;
        try (CopyWriter copy = CopyWriter.open(
                connection, "account", "id, customer_id, account_number, plan, status, balance, version", n, out)) {
            for (long i = 0; i < n; i++) {
                copy.value(accounts + i)
                        .value(first + i)
                        .value(String.format("HA-%08d", i))
                        .value(random.nextInt(4) == 0 ? "Premium" : "Standard")
                        .value("ACTIVE")
                        .value(random.nextInt(20_000) / 100.0)
                        .value(1L)
                        .endRow();
            }
        }
        nextId += n;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (CopyWriter copy =
                CopyWriter.open(connection, "bill", "id, account_id, issued_on, amount, paid", n * 6, out)) {
            for (long i = 0; i < n; i++) {
                for (int month = 6; month >= 1; month--) {
                    copy.value(nextId++)
                            .value(accounts + i)
                            .value(today.minusMonths(month).withDayOfMonth(1))
                            .value((1_000 + random.nextInt(9_000)) / 100.0)
                            .value(month > 1 || random.nextBoolean())
                            .endRow();
                }
            }
        }
        try (CopyWriter copy = CopyWriter.open(
                connection, "owned_product", "id, customer_id, product_id, serial_number, purchased_on", n, out)) {
            for (long i = 0; i < n; i++) {
                int product = random.nextInt(productIds.length);
                copy.value(nextId++)
                        .value(first + i)
                        .value(productIds[product])
                        .value(String.format("H%s-%08d", productCodes[product], i))
                        .value(today.minusDays(30 + random.nextInt(1_000)))
                        .endRow();
            }
        }
        try (CopyWriter copy = CopyWriter.open(
                connection, "consent", "id, customer_id, purpose, granted, recorded_at, source", n * 3, out)) {
            for (long i = 0; i < n; i++) {
                Instant at = start;
                copy.value(nextId++)
                        .value(first + i)
                        .value("CONTACT_BY_EMAIL")
                        .value(true)
                        .value(at)
                        .value("registration")
                        .endRow();
                copy.value(nextId++)
                        .value(first + i)
                        .value("CONTACT_BY_SMS")
                        .value(false)
                        .value(at)
                        .value("registration")
                        .endRow();
                copy.value(nextId++)
                        .value(first + i)
                        .value("ANALYTICS")
                        .value(random.nextInt(5) > 0)
                        .value(at)
                        .value("registration")
                        .endRow();
            }
        }
        // the decisions in force, as ConsentCentre.record keeps them (one decision per purpose here)
        try (java.sql.PreparedStatement inForce = connection.prepareStatement(
                "INSERT INTO consent_current (customer_id, purpose, granted, consent_id, recorded_at)"
                        + " SELECT customer_id, purpose, granted, id, recorded_at FROM consent WHERE customer_id >= ?")) {
            inForce.setLong(1, first);
            inForce.executeUpdate();
        }
        connection.commit();
        return first;
    }

    private static String email(long index, DemoCustomer person) {
        String name = (person.firstName() + "." + person.lastName())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z.]", "");
        return name + "." + index + "@history.example";
    }

    /** Published help articles: the demo knowledge base's articles, numbered, in both languages. */
    private void articles(Connection connection) throws SQLException {
        try (CopyWriter copy = CopyWriter.open(
                connection,
                "article",
                "id, slug, language, title, body, category, tags, product_codes, status, created_at, updated_at,"
                        + " version",
                size.articles(),
                out)) {
            for (long i = 0; i < size.articles(); i++) {
                DemoArticle a = texts.article(i);
                Instant at = between(start, now);
                String edition = productCodes[(int) (i % productCodes.length)];
                copy.value(nextId++)
                        .value(a.slug() + "-h" + i)
                        .value(a.language())
                        .value(a.title() + " (" + edition + ")")
                        .value(a.body())
                        .value(a.category())
                        .value(String.join("|", a.tags()))
                        .value(edition)
                        .value("PUBLISHED")
                        .value(at)
                        .value(at)
                        .value(1L)
                        .endRow();
            }
        }
        connection.commit();
    }

    /**
     * Cases in the order they came in, each with its opening message and, as contacts allow, an agent's reply
     * and the consumer's answer. The newest {@code openCases} are still waiting. Cases first, then their
     * contacts (a contact's case must be committed before a COPY may refer to it), so what the second pass
     * needs of each case is kept in a {@link CaseSketch}.
     */
    private void cases(Connection connection, long firstCustomer) throws SQLException {
        long cases = size.cases();
        long firstNumber = reserveCaseNumbers(connection, cases);
        long budget = size.caseContacts() - cases;
        Span span = new Span(start, now, cases);
        CaseSketch sketch = new CaseSketch((int) cases);
        long firstCase = nextId;
        try (CopyWriter copy = CopyWriter.open(
                connection,
                "support_case",
                "id, case_number, tracking_hash, subject, status, priority, channel, language, customer_id,"
                        + " product_id, contact_name, contact_email, assignee_id, sentiment, hazard,"
                        + " created_at, updated_at, first_response_at, resolved_at, csat_score, version",
                cases,
                out)) {
            for (int i = 0; i < cases; i++) {
                int pick = texts.caseOpeningIndex(random);
                DemoContact opening = texts.caseOpening(pick);
                boolean open = i >= cases - size.openCases();
                Instant created = span.at(i, random);
                int extra = (int) Math.min(2, Math.max(0, budget - 2L * i));
                String status =
                        open ? OPEN[random.nextInt(OPEN.length)] : random.nextInt(10) < 3 ? "RESOLVED" : "CLOSED";
                Instant reply = created.plus(Duration.ofMinutes(20 + random.nextInt(600)));
                boolean replied = extra > 0 && !"NEW".equals(status) && reply.isBefore(now);
                Long customer =
                        opening.customerRef() == null ? null : firstCustomer + random.nextLong(size.customers());
                int product = productFor(opening);
                boolean hazard = opening.intendedHazard() != null;
                Instant resolved = open ? null : min(now, created.plus(Duration.ofHours(4 + random.nextInt(120))));
                copy.value(firstCase + i)
                        .value("CD-" + (firstNumber + i))
                        .value(TrackingCodes.hash("HIST" + (firstNumber + i)))
                        .value(opening.subject())
                        .value(status)
                        .value(hazard ? "HIGH" : PRIORITIES[random.nextInt(PRIORITIES.length)])
                        .value(channel(opening.channel()))
                        .value(opening.language())
                        .value(customer)
                        .value(product < 0 ? null : Long.valueOf(productIds[product]))
                        .value(customer == null ? opening.senderName() : null)
                        .value(customer == null ? opening.senderEmail() : null)
                        .value(open && !"NEW".equals(status) ? agentId : null)
                        .value(opening.intendedSentiment())
                        .value(hazard)
                        .value(created)
                        .value(resolved != null ? resolved : replied ? reply : created)
                        .value(replied ? reply : null)
                        .value(resolved)
                        .value(!open && random.nextInt(3) == 0 ? Long.valueOf(1 + random.nextInt(5)) : null)
                        .value(1L)
                        .endRow();
                sketch.set(i, pick, customer, product, created, replied ? reply : null, extra);
            }
        }
        nextId += cases;
        connection.commit();
        try (ContactRows contacts =
                new ContactRows(connection, "contact (in cases)", size.caseContacts(), productIds, productCodes, out)) {
            for (int i = 0; i < cases; i++) {
                DemoContact opening = texts.caseOpening(sketch.opening(i));
                String channel = channel(opening.channel());
                String language = opening.language();
                Long customer = sketch.customer(i);
                int product = sketch.product(i);
                long caseId = firstCase + i;
                contacts.consumer(nextId++, caseId, customer, product, channel, opening, sketch.created(i));
                Instant reply = sketch.reply(i);
                if (reply != null) {
                    contacts.agent(nextId++, caseId, customer, product, channel, language, reply);
                }
                if (sketch.extra(i) > 1) {
                    Instant after = reply != null ? reply : sketch.created(i);
                    Instant answer = min(now, after.plus(Duration.ofMinutes(30 + random.nextInt(1_440))));
                    contacts.followUp(nextId++, caseId, customer, product, channel, language, answer);
                }
            }
            caseContactsWritten = contacts.rows();
        }
        connection.commit();
    }

    /** Contacts without a case: phone notes, social posts, chats and mails that needed no case. */
    private void caselessContacts(Connection connection, long firstCustomer) throws SQLException {
        long n = Math.max(0, size.contacts() - caseContactsWritten);
        Span span = new Span(start, now, n);
        try (ContactRows contacts =
                new ContactRows(connection, "contact (no case)", n, productIds, productCodes, out)) {
            for (long i = 0; i < n; i++) {
                DemoContact c = texts.anyContact(random);
                Long customer = random.nextInt(10) < 7 ? firstCustomer + random.nextLong(size.customers()) : null;
                String channel = CASELESS_CHANNELS[random.nextInt(CASELESS_CHANNELS.length)];
                contacts.consumer(nextId++, null, customer, productFor(c), channel, c, span.at(i, random));
            }
        }
        connection.commit();
    }

    private long reserveCaseNumbers(Connection connection, long cases) throws SQLException {
        long first;
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT nextval('case_number_seq')")) {
            r.next();
            first = r.getLong(1);
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT setval('case_number_seq', ?)")) {
            p.setLong(1, first + Math.max(cases, 1) - 1);
            p.executeQuery().close();
        }
        return first;
    }

    /** Moves the id sequence past the history, marks the database, and refreshes the planner's statistics. */
    private void finish(Connection connection) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT setval('entity_seq', ?)")) {
            p.setLong(1, nextId + 1_000);
            p.executeQuery().close();
        }
        try (PreparedStatement p =
                connection.prepareStatement("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")) {
            p.setString(1, MARKER);
            p.setString(2, now + " " + size);
            p.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
        long began = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE");
        }
        out.printf("  analyze: %,d ms%n", (System.nanoTime() - began) / 1_000_000);
    }

    private int productFor(DemoContact contact) {
        if (contact.productCode() == null) {
            return -1;
        }
        List<String> codes = List.of(productCodes);
        int exact = codes.indexOf(contact.productCode());
        if (exact >= 0) {
            return exact;
        }
        int prefixed = codes.indexOf("H-" + contact.productCode());
        return prefixed >= 0 ? prefixed : random.nextInt(productCodes.length);
    }

    private static String channel(String wire) {
        String upper = wire.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "WEB", "EMAIL", "PHONE", "CHAT", "SOCIAL" -> upper;
            default -> "WEB";
        };
    }

    private Instant between(Instant from, Instant to) {
        return from.plusSeconds(
                random.nextLong(Math.max(1, Duration.between(from, to).toSeconds())));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("history.schema must be a plain lower-case name: " + name);
        }
        return name;
    }

    /** Spreads {@code n} things evenly, in order, over a time span, each with a little jitter. */
    private record Span(Instant from, Instant to, long n) {
        Instant at(long index, SplittableRandom random) {
            long seconds = Duration.between(from, to).toSeconds();
            long step = Math.max(1, seconds / Math.max(1, n));
            long at = Math.min(seconds - 1, index * seconds / Math.max(1, n) + random.nextLong(step));
            return from.plusSeconds(Math.max(0, at));
        }
    }
}
