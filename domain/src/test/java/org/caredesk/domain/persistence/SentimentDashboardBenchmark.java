package org.caredesk.domain.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.caredesk.domain.insight.AnalyticsExclusions;
import org.caredesk.domain.insight.SentimentDashboard;
import org.caredesk.domain.insight.SentimentRollup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The sentiment dashboard's cost on a generated history in PostgreSQL (issue 16 item 7), in-process: the
 * roll-up's first build, a refresh with nothing new, each of the page's four reads and the four together (as
 * {@code SentimentPage} makes them), median and maximum of 20 after five warm-ups.
 * For comparison, what the dashboard read before the roll-up: twelve weeks of counted contacts and every
 * customer's analytics decision. Prints, never asserts.
 *
 * <pre>mvn -pl domain test-compile exec:java@sentiment-benchmark -Dcaredesk.test.pg.url=jdbc:postgresql://127.0.0.1:5432/DB</pre>
 */
public final class SentimentDashboardBenchmark {
    private static final int RUNS = 20;

    private SentimentDashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getProperty("caredesk.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUser(System.getProperty("caredesk.test.pg.user", "postgres"));
        org.caredesk.domain.platform.SchemaMigrator.migrate(dataSource);
        try (JpaHarness jpa = new JpaHarness(dataSource)) {
            var em = jpa.entityManager();
            long contacts = jpa.inTransaction(e -> ((Number)
                            e.createNativeQuery("SELECT COUNT(*) FROM contact").getSingleResult())
                    .longValue());
            SentimentRollup rollup = new SentimentRollup(em);
            AnalyticsExclusions exclusions = new AnalyticsExclusions(em);
            SentimentDashboard dashboard = new SentimentDashboard(em, exclusions, rollup, Clock.systemUTC());
            long began = System.nanoTime();
            var built = jpa.inTransaction(e -> rollup.refresh());
            System.out.printf(
                    "%,d contacts: first refresh %,d ms (%,d days)%n",
                    contacts, (System.nanoTime() - began) / 1_000_000, built.days());
            jpa.inTransaction(e -> e.createNativeQuery("ANALYZE sentiment_day").executeUpdate());
            time(jpa, "refresh with nothing new", rollup::refresh);
            time(jpa, "products(12 weeks)", () -> dashboard.products(12));
            time(jpa, "weekly(all, 12 weeks)", () -> dashboard.weekly(null, 12));
            time(jpa, "largestNegativeShifts(10)", () -> dashboard.largestNegativeShifts(10));
            time(jpa, "latestNegative(all, 20)", () -> dashboard.latestNegative(null, 20));
            time(jpa, "the page's four reads", () -> {
                List<Object> page = new ArrayList<>();
                page.add(dashboard.products(12));
                page.add(dashboard.weekly(null, 12));
                page.add(dashboard.largestNegativeShifts(10));
                page.add(dashboard.latestNegative(null, 20));
                return page;
            });
            Instant twelveWeeks = Instant.now().minus(java.time.Duration.ofDays(84));
            time(jpa, "before: twelve weeks of contacts read", () -> em.createQuery(
                            "SELECT c.id, c.receivedAt, c.sentiment, p.code, cu.id FROM Contact c LEFT JOIN c.product p"
                                    + " LEFT JOIN c.customer cu WHERE c.receivedAt >= :from AND c.sentiment IS NOT NULL"
                                    + " AND c.author = org.caredesk.domain.contact.Author.CONSUMER"
                                    + " AND c.internalNote = false",
                            Object[].class)
                    .setParameter("from", twelveWeeks)
                    .getResultList()
                    .size());
            time(jpa, "before: every customer's analytics decision", exclusions::withdrawnCustomers);
        }
    }

    private static void time(JpaHarness jpa, String what, Supplier<Object> call) {
        for (int i = 0; i < 5; i++) {
            jpa.inTransaction(e -> call.get());
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long began = System.nanoTime();
            jpa.inTransaction(e -> call.get());
            ms.add((System.nanoTime() - began) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("  %-45s median %7.1f ms, max %7.1f ms%n", what, ms.get(RUNS / 2), ms.get(RUNS - 1));
    }
}
