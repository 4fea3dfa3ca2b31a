package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations that create a report roll-up fill it on a database that already holds roll-up rows (an upgrade),
 * not only on an empty one: V200 (daily case flow and contact totals) and V280 (contacts per product and day).
 * The schema is migrated up to V190 (the last before V200), seeded roll-up rows are written as an older version kept them, then the
 * schema is migrated to the latest; each new table must equal the sums taken here, in Java, from the seeded rows.
 */
class ReportRollupBackfillContract {
    private static final LocalDate START = LocalDate.of(2025, 11, 1);
    private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "WEB");
    private static final List<String> LANGUAGES = List.of("", "en", "it");

    @ParameterizedTest(name = "on {0}")
    @EnumSource(TestDatabase.Kind.class)
    void theRollupsCreatedByAMigrationAreBackfilledFromTheRowsAlreadyThere(TestDatabase.Kind kind) throws SQLException {
        try (Schema schema = Schema.open(kind)) {
            flyway(schema.dataSource).target("190").load().migrate();
            Random random = new Random(200);
            Map<LocalDate, long[]> flow = new TreeMap<>(); // created, resolved, closed
            Map<LocalDate, Long> totals = new TreeMap<>();
            Map<String, long[]> products = new TreeMap<>(); // "day|product" -> contacts, negative, hazard
            try (Connection c = schema.dataSource.getConnection()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_case_fact (case_id, created_day,"
                        + " channel, priority, language, product_id, customer_id, assignee_id, status, negative, hazard,"
                        + " resolved_day, reopened) VALUES (?, ?, 'web', 'normal', 'en', 0, NULL, 0, ?, FALSE, FALSE, ?,"
                        + " FALSE)")) {
                    for (long id = 1; id <= 600; id++) {
                        LocalDate created = START.plusDays(random.nextInt(90));
                        // some resolved on a later day, some the same day, a few (clock skew) a day before
                        LocalDate resolved = random.nextInt(3) == 0 ? null : created.plusDays(random.nextInt(12) - 1);
                        insert.setLong(1, id);
                        insert.setObject(2, created);
                        insert.setString(3, resolved == null ? "open" : "resolved");
                        insert.setObject(4, resolved);
                        insert.executeUpdate();
                        flow.computeIfAbsent(created, d -> new long[3])[0]++;
                        if (resolved != null) {
                            flow.computeIfAbsent(resolved, d -> new long[3])[1]++;
                            flow.computeIfAbsent(resolved.isAfter(created) ? resolved : created, d -> new long[3])[2]++;
                        }
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_contact_day (contact_day,"
                        + " channel, product_id, language, contacts, negative, hazard) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int d = 0; d < 90; d++) {
                        LocalDate day = START.plusDays(d);
                        for (String channel : CHANNELS) {
                            for (long product = 0; product <= 4; product++) {
                                for (String language : LANGUAGES) {
                                    if (random.nextInt(4) == 0) {
                                        continue; // not every combination every day
                                    }
                                    int contacts = 1 + random.nextInt(40);
                                    int negative = random.nextInt(contacts + 1);
                                    int hazard = random.nextInt(3);
                                    insert.setObject(1, day);
                                    insert.setString(2, channel);
                                    insert.setLong(3, product);
                                    insert.setString(4, language);
                                    insert.setInt(5, contacts);
                                    insert.setInt(6, negative);
                                    insert.setInt(7, hazard);
                                    insert.executeUpdate();
                                    totals.merge(day, (long) contacts, Long::sum);
                                    long[] p = products.computeIfAbsent(day + "|" + product, k -> new long[3]);
                                    p[0] += contacts;
                                    p[1] += negative;
                                    p[2] += hazard;
                                }
                            }
                        }
                    }
                }
            }

            flyway(schema.dataSource).load().migrate();

            List<String> expectedFlow = new ArrayList<>();
            flow.forEach((day, n) -> expectedFlow.add(day + "|" + n[0] + "|" + n[1] + "|" + n[2]));
            List<String> expectedTotals = new ArrayList<>();
            totals.forEach((day, n) -> expectedTotals.add(day + "|" + n));
            List<String> expectedProducts = new ArrayList<>();
            products.forEach((key, n) -> expectedProducts.add(key + "|" + n[0] + "|" + n[1] + "|" + n[2]));
            assertTrue(expectedFlow.size() > 80 && expectedProducts.size() > 400, "a history worth comparing");
            assertEquals(
                    expectedFlow,
                    schema.strings("SELECT flow_day, created_cases, resolved_cases, closed_cases FROM report_case_flow"
                            + " ORDER BY 1"),
                    "V200: cases created, resolved and closed per day");
            assertEquals(
                    expectedTotals,
                    schema.strings("SELECT contact_day, contacts FROM report_contact_total ORDER BY 1"),
                    "V200: contacts per day");
            assertEquals(
                    expectedProducts,
                    schema.strings("SELECT contact_day, product_id, contacts, negative, hazard FROM report_product_day"
                            + " ORDER BY 1, 2"),
                    "V280: contacts per day and product");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(ReportRollupBackfillContract.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
    }

    /** An empty database (no migration applied): an in-memory H2 or a new PostgreSQL schema, dropped at the end. */
    private record Schema(DataSource dataSource, String name) implements AutoCloseable {
        static Schema open(TestDatabase.Kind kind) throws SQLException {
            if (kind == TestDatabase.Kind.H2) {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                return new Schema(h2, null);
            }
            Assumptions.assumeTrue(
                    TestDatabase.postgresReachable(),
                    "PostgreSQL at " + TestDatabase.postgresUrl() + " is not reachable");
            String name = "cd_backfill_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String url = TestDatabase.postgresUrl();
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            pg.setUser(System.getProperty("caredesk.test.pg.user", "postgres"));
            try (Connection c = pg.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + name);
            }
            return new Schema(pg, name);
        }

        List<String> strings(String sql) throws SQLException {
            return SqlRows.of(dataSource, sql);
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(name == null ? "SHUTDOWN" : "DROP SCHEMA " + name + " CASCADE");
            }
        }
    }
}
