package org.caredesk.domain.persistence;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caredesk.domain.privacy.ConsentPurpose;
import org.caredesk.domain.segment.SegmentCriteria;
import org.caredesk.domain.segment.Segments;

/**
 * How fast a segment's size is counted (the live count on the segment page) on PostgreSQL: N customers
 * (default 200,000; {@code -Dsegment.customers}) each with one or two units, four messages, a case
 * and two consent decisions, generated in SQL; then each criterion set is counted 5 times after a
 * warm-up and the median printed. Never asserted; figures in docs/benchmarks.md.
 */
public final class SegmentCountBenchmark {
    private SegmentCountBenchmark() {}

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("segment.customers", 200_000);
        try (TestDatabase database = TestDatabase.postgres();
                JpaHarness jpa = new JpaHarness(database)) {
            long started = System.nanoTime();
            generate(database, customers);
            System.out.printf(
                    "Generated %,d customers in %d s%n", customers, (System.nanoTime() - started) / 1_000_000_000);
            Segments segments = new Segments(jpa.entityManager(), java.time.Clock.systemUTC());
            long product = jpa.inTransaction(em -> ((Number)
                            em.createNativeQuery("SELECT MIN(id) FROM product").getSingleResult())
                    .longValue());
            Map<String, SegmentCriteria> cases = new LinkedHashMap<>();
            cases.put("everyone", SegmentContract.criteria(c -> {}));
            cases.put(
                    "consented (marketing + e-mail)",
                    SegmentContract.criteria(
                            c -> c.consents = EnumSet.of(ConsentPurpose.MARKETING, ConsentPurpose.CONTACT_BY_EMAIL)));
            cases.put("owners of a product, serial range, bought in 2025", SegmentContract.criteria(c -> {
                c.products = Set.of(product);
                c.serialFrom = "SN-100000";
                c.serialTo = "SN-500000";
                c.purchasedFrom = LocalDate.of(2025, 1, 1);
                c.purchasedTo = LocalDate.of(2025, 12, 31);
            }));
            cases.put("2+ negative messages, region, language, consented", SegmentContract.criteria(c -> {
                c.minComplaints = 2;
                c.sentiment = "negative";
                c.region = "Lazio";
                c.language = "it";
                c.consents = EnumSet.of(ConsentPurpose.MARKETING);
            }));
            cases.put("a rating of 1-2 and a case resolved since 2026-06-01", SegmentContract.criteria(c -> {
                c.csatMax = 2;
                c.resolvedSince = LocalDate.of(2026, 6, 1);
            }));
            for (var entry : cases.entrySet()) {
                jpa.inTransaction(em -> segments.count(entry.getValue()));
                long[] millis = new long[5];
                long size = 0;
                for (int i = 0; i < millis.length; i++) {
                    long t = System.nanoTime();
                    size = jpa.inTransaction(em -> segments.count(entry.getValue()));
                    millis[i] = (System.nanoTime() - t) / 1_000_000;
                }
                java.util.Arrays.sort(millis);
                System.out.printf(
                        "Segment count, %s: %,d people, median %d ms (max %d ms)%n",
                        entry.getKey(), size, millis[2], millis[4]);
            }
        }
    }

    private static void generate(TestDatabase database, int n) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "INSERT INTO product (id, code, name, warranty_months, verified, version)"
                            + " SELECT 900000000 + g, 'BENCH-' || g, 'Bench product ' || g, 24, TRUE, 0 FROM generate_series(1, 20) g");
            sql.execute("INSERT INTO customer (id, email, language, region, erased, created_at, version)"
                    + " SELECT g, 'c' || g || '@bench.example', CASE WHEN g % 3 = 0 THEN 'it' ELSE 'en' END,"
                    + " (ARRAY['Lombardia','Lazio','Piemonte','London','Yorkshire'])[1 + g % 5], FALSE, now(), 0"
                    + " FROM generate_series(1, " + n + ") g");
            sql.execute("INSERT INTO owned_product (id, customer_id, product_id, serial_number, purchased_on)"
                    + " SELECT 100000000 + g, 1 + g % " + n
                    + ", 900000001 + g % 20, 'SN-' || lpad((g::bigint * 7919 % 1000000)::text, 6, '0'),"
                    + " DATE '2023-01-01' + (g % 1300) FROM generate_series(1, " + (n * 3 / 2) + ") g");
            sql.execute(
                    "INSERT INTO contact (id, customer_id, channel, direction, author, internal_note, body, received_at, sentiment)"
                            + " SELECT 200000000 + g, 1 + g % " + n + ", 'WEB', 'INBOUND', 'CONSUMER', FALSE, 'text',"
                            + " TIMESTAMP WITH TIME ZONE '2025-12-01 00:00:00+00' + (g % 365) * INTERVAL '1 day',"
                            + " (ARRAY['negative','neutral','positive'])[1 + g % 3] FROM generate_series(1, " + (n * 4)
                            + ") g");
            sql.execute(
                    "INSERT INTO support_case (id, case_number, tracking_hash, subject, status, priority, channel, language,"
                            + " hazard, created_at, updated_at, version, customer_id, resolved_at, csat_score)"
                            + " SELECT 400000000 + g, 'B-' || g, 'h', 's', 'RESOLVED', 'NORMAL', 'WEB', 'en', FALSE, now(), now(), 0,"
                            + " 1 + g % " + n
                            + ", TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + (g % 330) * INTERVAL '1 day',"
                            + " CASE WHEN g % 2 = 0 THEN 1 + g % 5 END FROM generate_series(1, " + n + ") g");
            sql.execute("INSERT INTO consent (id, customer_id, purpose, granted, recorded_at, source)"
                    + " SELECT 600000000 + g, 1 + (g / 2) % " + n
                    + ", CASE WHEN g % 2 = 0 THEN 'MARKETING' ELSE 'CONTACT_BY_EMAIL' END,"
                    + " g % 7 <> 0, now() - (g % 1000) * INTERVAL '1 hour', 'bench' FROM generate_series(1, " + (n * 2)
                    + ") g");
            // what ConsentCentre.record keeps as decisions arrive (the same statement as migration V200's backfill)
            sql.execute("INSERT INTO consent_current (customer_id, purpose, granted, consent_id, recorded_at)"
                    + " SELECT d.customer_id, d.purpose, d.granted, d.id, d.recorded_at FROM consent d"
                    + " WHERE NOT EXISTS (SELECT 1 FROM consent n WHERE n.customer_id = d.customer_id"
                    + " AND n.purpose = d.purpose AND (n.recorded_at > d.recorded_at"
                    + " OR (n.recorded_at = d.recorded_at AND n.id > d.id)))");
            sql.execute("VACUUM ANALYZE");
        }
    }
}
