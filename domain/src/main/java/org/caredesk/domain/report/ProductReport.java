package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which products draw complaints relative to how many are out there: cases opened about a product per
 * 1,000 units owned (registered owned products bought by the end of the period or month), the consumer
 * contacts, hazard reports and negative share with its shift against the period before, and the alerts
 * raised and recall notices issued with the owners they reached.
 */
final class ProductReport {
    static final List<String> COLUMNS = List.of(
            "cases",
            "ownedUnits",
            "casesPer1000Units",
            "contacts",
            "hazardContacts",
            "negativePercent",
            "negativeShiftPoints",
            "alerts",
            "recallNotices",
            "recallReach");

    private ProductReport() {}

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        return rows(em, q, true);
    }

    /** {@code shift}: compare the negative share with the period before (a total adds no shift: skip it). */
    static List<ReportRow> rows(EntityManager em, ReportQuery q, boolean shift) {
        GroupBy g = q.groupBy();
        Groups groups = new Groups(em, g);
        Tally tally = new Tally(COLUMNS);
        if (g.isTime()) {
            tally.prefill(Groups.timeKeys(g, q.from(), q.to()));
        }
        String caseColumn = Groups.column(g, "f", "f.created_day");
        for (Object[] r : FactSql.cases(q, "f.created_day")
                .rows(em, "SELECT " + caseColumn + ", COUNT(*) FROM report_case_fact f", "GROUP BY " + caseColumn)) {
            tally.add(groups.key(r[0]), "cases", Tally.number(r[1]));
        }
        Map<String, long[]> negatives = contacts(em, q, groups, tally);
        Map<String, long[]> before = g.isTime() || !shift ? Map.of() : contacts(em, q.previous(), groups, null);
        owned(em, q, groups, tally);
        events(em, q, groups, tally);
        for (Map.Entry<String, Map<String, Number>> e : tally.groups().entrySet()) {
            Map<String, Number> f = e.getValue();
            long units = f.get("ownedUnits").longValue();
            f.put(
                    "casesPer1000Units",
                    units == 0 ? null : Math.round(1_000_000.0 * f.get("cases").longValue() / units) / 1000.0);
            long[] now = negatives.getOrDefault(e.getKey(), new long[2]);
            Double percent = Tally.percent(now[0], now[1]);
            f.put("negativePercent", percent);
            long[] earlier = before.get(e.getKey());
            Double was = earlier == null ? null : Tally.percent(earlier[0], earlier[1]);
            f.put(
                    "negativeShiftPoints",
                    percent == null || was == null ? null : Math.round(10 * (percent - was)) / 10.0);
        }
        return tally.rows(groups::label);
    }

    /** Adds contacts and hazard reports to {@code tally} (when given); answers negative and all per group. */
    private static Map<String, long[]> contacts(EntityManager em, ReportQuery q, Groups groups, Tally tally) {
        Map<String, long[]> negatives = new TreeMap<>();
        String column = Groups.column(q.groupBy(), "d", "d.contact_day");
        for (Object[] r : FactSql.contacts(q)
                .rows(
                        em,
                        "SELECT " + column + ", SUM(d.contacts), SUM(d.negative), SUM(d.hazard)"
                                + " FROM report_contact_day d",
                        "GROUP BY " + column)) {
            String key = groups.key(r[0]);
            if (tally != null) {
                tally.add(key, "contacts", Tally.number(r[1]));
                tally.add(key, "hazardContacts", Tally.number(r[3]));
            }
            long[] n = negatives.computeIfAbsent(key, k -> new long[2]);
            n[0] += Tally.number(r[2]);
            n[1] += Tally.number(r[1]);
        }
        return negatives;
    }

    /** Units owned by the end of the period (or of each month), from the registered owned products. */
    private static void owned(EntityManager em, ReportQuery q, Groups groups, Tally tally) {
        FactSql sql = productOnly(q, "o.product_id").period("o.purchased_on", LocalDate.of(1900, 1, 1), q.to());
        if (q.groupBy() == GroupBy.MONTH) {
            List<Object[]> rows =
                    sql.rows(em, "SELECT o.purchased_on, COUNT(*) FROM owned_product o", "GROUP BY o.purchased_on");
            for (String month : tally.groups().keySet()) {
                LocalDate end = YearMonth.parse(month).atEndOfMonth();
                long units = rows.stream()
                        .filter(r -> !Groups.day(r[0]).isAfter(end))
                        .mapToLong(r -> Tally.number(r[1]))
                        .sum();
                tally.add(month, "ownedUnits", units);
            }
            return;
        }
        for (Object[] r : sql.rows(em, "SELECT o.product_id, COUNT(*) FROM owned_product o", "GROUP BY o.product_id")) {
            tally.add(groups.key(r[0]), "ownedUnits", Tally.number(r[1]));
        }
    }

    /** Alerts raised and recall notices issued in the period, with the owners each notice went to. */
    private static void events(EntityManager em, ReportQuery q, Groups groups, Tally tally) {
        OffsetDateTime from = q.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        for (Object[] r : productOnly(q, "a.product_id")
                .and("a.raised_at >= ?", from)
                .and("a.raised_at < ?", to)
                .rows(em, "SELECT a.product_id, a.raised_at FROM alert a", null)) {
            tally.add(key(groups, q, r), "alerts", 1);
        }
        for (Object[] r : productOnly(q, "n.product_id")
                .and("n.issued_at >= ?", from)
                .and("n.issued_at < ?", to)
                .rows(
                        em,
                        "SELECT n.product_id, n.issued_at,"
                                + " (SELECT COUNT(*) FROM recall_delivery r WHERE r.notice_id = n.id)"
                                + " FROM recall_notice n",
                        null)) {
            String key = key(groups, q, r);
            tally.add(key, "recallNotices", 1);
            tally.add(key, "recallReach", Tally.number(r[2]));
        }
    }

    private static String key(Groups groups, ReportQuery q, Object[] r) {
        if (q.groupBy() == GroupBy.MONTH) {
            return YearMonth.from(timestamp(r[1])).toString();
        }
        return groups.key(r[0]);
    }

    private static LocalDate timestamp(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ReportRollups.day(ts.toInstant());
        }
        if (value instanceof java.time.Instant i) {
            return ReportRollups.day(i);
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static FactSql productOnly(ReportQuery q, String column) {
        ReportQuery products = new ReportQuery(
                q.kind(),
                q.from(),
                q.to(),
                q.groupBy(),
                new ReportFilter(null, q.filter().product(), q.filter().category(), null, null, null));
        return FactSql.productFilter(products, column);
    }
}
