package org.caredesk.domain.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.report.GroupBy;
import org.caredesk.domain.report.ReportFilter;
import org.caredesk.domain.report.ReportKind;
import org.caredesk.domain.report.ReportQuery;
import org.caredesk.domain.report.ReportRollups;
import org.caredesk.domain.report.ReportTable;
import org.caredesk.domain.report.Reports;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How fast each report answers on a large history in PostgreSQL (issue 17: under 500 ms at 1,000,000
 * contacts and 200,000 cases). Reads a schema the history generator filled (ear module,
 * {@code exec:java@history -Dhistory.schema=NAME}), rebuilds the roll-ups (timed; {@code -Dreport.bench.rebuild=false}
 * keeps them), analyses them, then runs every report
 * over the last 30 and 365 days in its default grouping, by day and by month (where it offers them), five times each after a warm-up,
 * and prints the median. Prints, never asserts. {@code -Dreport.bench.dump=FILE} also writes every answer (all
 * groupings, unfiltered and filtered by a product, a category and a channel) to FILE, so a change that must
 * not change a figure can be checked on the large history by comparing two dumps.
 *
 * <pre>mvn -pl domain test-compile exec:java@report-benchmark -Dreport.bench.schema=NAME</pre>
 */
public final class ReportBenchmark {
    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        String schema = System.getProperty("report.bench.schema", "report_bench");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getProperty("caredesk.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUser(System.getProperty("caredesk.test.pg.user", "postgres"));
        dataSource.setCurrentSchema(schema);
        org.caredesk.domain.platform.SchemaMigrator.migrate(dataSource);
        try (JpaHarness jpa = new JpaHarness(dataSource)) {
            var em = jpa.entityManager();
            long contacts = jpa.inTransaction(e -> ((Number)
                            e.createNativeQuery("SELECT COUNT(*) FROM contact").getSingleResult())
                    .longValue());
            long cases = jpa.inTransaction(e -> ((Number) e.createNativeQuery("SELECT COUNT(*) FROM support_case")
                            .getSingleResult())
                    .longValue());
            ReportRollups rollups = new ReportRollups(em, new SlaTargets(em));
            long began = System.nanoTime();
            if (Boolean.parseBoolean(System.getProperty("report.bench.rebuild", "true"))) {
                var rebuilt = jpa.inTransaction(e -> rollups.rebuild());
                System.out.printf(
                        "Schema %s: %,d contacts, %,d cases. Roll-ups rebuilt in %,d ms (%d days, %,d cases)%n",
                        schema,
                        contacts,
                        cases,
                        (System.nanoTime() - began) / 1_000_000,
                        rebuilt.days(),
                        rebuilt.cases());
            }
            // statistics for the planner and the visibility map for index-only scans, as autovacuum would
            // make them soon after a rebuild (VACUUM runs outside a transaction)
            try (var connection = dataSource.getConnection();
                    var sql = connection.createStatement()) {
                for (String table : List.of(
                        "report_case_fact",
                        "report_contact_day",
                        "report_case_flow",
                        "report_contact_total",
                        "report_product_day")) {
                    sql.execute("VACUUM ANALYZE " + table);
                }
            }
            began = System.nanoTime();
            var refreshed = jpa.inTransaction(e -> rollups.refresh());
            System.out.printf(
                    "An incremental refresh with nothing new: %,d ms (%d days, %d cases re-read)%n",
                    (System.nanoTime() - began) / 1_000_000, refreshed.days(), refreshed.cases());
            Reports reports = new Reports(em);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (int days : new int[] {30, 365}) {
                for (ReportKind kind : ReportKind.values()) {
                    // the default grouping, then by day and by month where the report offers them
                    for (GroupBy group :
                            new java.util.LinkedHashSet<>(List.of(kind.defaultGroup(), GroupBy.DAY, GroupBy.MONTH))) {
                        if (!kind.groups().contains(group)) {
                            continue;
                        }
                        ReportQuery q =
                                new ReportQuery(kind, today.minusDays(days - 1L), today, group, ReportFilter.NONE);
                        jpa.inTransaction(e -> reports.run(q)); // warm-up
                        List<Long> times = new ArrayList<>();
                        ReportTable last = null;
                        for (int i = 0; i < 5; i++) {
                            long t = System.nanoTime();
                            last = jpa.inTransaction(e -> reports.run(q));
                            times.add((System.nanoTime() - t) / 1_000_000);
                        }
                        Collections.sort(times);
                        System.out.printf(
                                "%-13s %3d days by %-8s median %4d ms (max %4d ms), %d rows%n",
                                kind.wireName(),
                                days,
                                group.wireName(),
                                times.get(2),
                                times.get(4),
                                last.rows().size());
                    }
                }
            }
            String dump = System.getProperty("report.bench.dump");
            if (dump != null) {
                dump(jpa, reports, today, java.nio.file.Path.of(dump));
            }
        }
    }

    /** Every answer of every report over 30 and 365 days, one line each, in a fixed order. */
    private static void dump(JpaHarness jpa, Reports reports, LocalDate today, java.nio.file.Path file)
            throws java.io.IOException {
        String[] product = jpa.inTransaction(e -> {
            Object[] r = (Object[])
                    e.createNativeQuery("SELECT code, category FROM product WHERE category IS NOT NULL ORDER BY id")
                            .setMaxResults(1)
                            .getSingleResult();
            return new String[] {(String) r[0], (String) r[1]};
        });
        List<ReportFilter> filters = List.of(
                ReportFilter.NONE,
                new ReportFilter(null, product[0], null, null, null, null),
                new ReportFilter(null, null, product[1], null, null, null),
                new ReportFilter("email", null, null, null, null, null));
        List<String> lines = new ArrayList<>();
        for (int days : new int[] {30, 365}) {
            for (ReportKind kind : ReportKind.values()) {
                for (GroupBy group : kind.groups()) {
                    for (ReportFilter filter : kind == ReportKind.CUSTOMERS || kind == ReportKind.SELF_SERVICE
                            ? List.of(ReportFilter.NONE)
                            : filters) {
                        ReportQuery q = new ReportQuery(kind, today.minusDays(days - 1L), today, group, filter);
                        ReportTable t = jpa.inTransaction(e -> reports.run(q));
                        lines.add(q + " rows=" + t.rows() + " total=" + t.total() + " previous=" + t.previousTotal());
                    }
                }
            }
        }
        java.nio.file.Files.write(file, lines);
        System.out.printf("%d answers written to %s%n", lines.size(), file);
    }
}
