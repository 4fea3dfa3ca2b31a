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

    /** The columns of a total: what adds up over products (per-1,000 and shares do not). */
    static final List<String> TOTAL_COLUMNS =
            List.of("cases", "ownedUnits", "contacts", "hazardContacts", "alerts", "recallNotices", "recallReach");

    private ProductReport() {}

    /**
     * The rows, the period's total and the previous period's total, each source read ONCE over both periods
     * (cases, contacts per product and day, owned units, alerts and notices): a row of the previous period
     * adds to its total (and, grouped by product or category, to the shift of each group's negative share).
     */
    static ReportTable table(EntityManager em, ReportQuery q, List<String> columns) {
        GroupBy g = q.groupBy();
        Groups groups = new Groups(em, g);
        Periods p = new Periods(q, groups);
        ReportQuery span = new ReportQuery(q.kind(), p.before.from(), q.to(), g, q.filter());
        String caseColumn = Groups.column(g, "f", "f.created_day");
        FactSql cases = FactSql.cases(span, "f.created_day");
        String current = cases.bind(q.from());
        for (Object[] r : cases.rows(
                em,
                "SELECT x.k, x.p, COUNT(*) FROM (SELECT " + caseColumn + " AS k, CASE WHEN f.created_day >= " + current
                        + " THEN 1 ELSE 0 END AS p FROM report_case_fact f",
                ") x GROUP BY x.k, x.p")) {
            p.add(r[0], r[1], "cases", Tally.number(r[2]));
        }
        contacts(em, q, span, p);
        owned(em, q, p);
        events(em, q, p);
        for (Map.Entry<String, Map<String, Number>> e : p.rows.groups().entrySet()) {
            Map<String, Number> f = e.getValue();
            long units = f.get("ownedUnits").longValue();
            f.put(
                    "casesPer1000Units",
                    units == 0 ? null : Math.round(1_000_000.0 * f.get("cases").longValue() / units) / 1000.0);
            long[] now = p.negatives[1].getOrDefault(e.getKey(), new long[2]);
            Double percent = Tally.percent(now[0], now[1]);
            f.put("negativePercent", percent);
            long[] earlier = g.isTime() ? null : p.negatives[0].get(e.getKey());
            Double was = earlier == null ? null : Tally.percent(earlier[0], earlier[1]);
            f.put(
                    "negativeShiftPoints",
                    percent == null || was == null ? null : Math.round(10 * (percent - was)) / 10.0);
        }
        return new ReportTable(q, columns, p.rows.rows(groups::label), p.total(1), p.total(0));
    }

    /**
     * Contacts and hazard reports of both periods, from the per-product daily roll-up; filtered by channel or
     * language, from the per-channel-and-language one (the only one that knows them).
     */
    private static void contacts(EntityManager em, ReportQuery q, ReportQuery span, Periods p) {
        String column = Groups.column(q.groupBy(), "d", "d.contact_day");
        boolean byProduct = q.filter().channel() == null && q.filter().language() == null;
        FactSql sql = FactSql.contacts(span);
        String current = sql.bind(q.from());
        for (Object[] r : sql.rows(
                em,
                "SELECT x.k, x.p, SUM(x.contacts), SUM(x.negative), SUM(x.hazard) FROM (SELECT " + column
                        + " AS k, CASE WHEN d.contact_day >= " + current + " THEN 1 ELSE 0 END AS p,"
                        + " d.contacts, d.negative, d.hazard FROM "
                        + (byProduct ? "report_product_day" : "report_contact_day") + " d",
                ") x GROUP BY x.k, x.p")) {
            p.add(r[0], r[1], "contacts", Tally.number(r[2]));
            p.add(r[0], r[1], "hazardContacts", Tally.number(r[4]));
            long[] n = p.negatives[(int) Tally.number(r[1])].computeIfAbsent(p.key(r[0], r[1]), k -> new long[2]);
            n[0] += Tally.number(r[3]);
            n[1] += Tally.number(r[2]);
        }
    }

    /**
     * Units owned by the end of the period (or of each month) and by the end of the period before, from one
     * count of the registered owned products.
     */
    private static void owned(EntityManager em, ReportQuery q, Periods p) {
        FactSql sql = productOnly(q, "o.product_id").period("o.purchased_on", LocalDate.of(1900, 1, 1), q.to());
        String before = sql.bind(p.before.to());
        String column = q.groupBy() == GroupBy.MONTH ? "o.purchased_on" : "o.product_id";
        List<Object[]> rows = sql.rows(
                em,
                "SELECT x.k, SUM(x.b), COUNT(*) FROM (SELECT " + column + " AS k, CASE WHEN o.purchased_on <= " + before
                        + " THEN 1 ELSE 0 END AS b FROM owned_product o",
                ") x GROUP BY x.k");
        for (Object[] r : rows) {
            long earlier = Tally.number(r[1]);
            if (earlier > 0) {
                p.totals[0].add("total", "ownedUnits", earlier);
            }
            p.totals[1].add("total", "ownedUnits", Tally.number(r[2]));
            if (q.groupBy() != GroupBy.MONTH) {
                p.rows.add(p.groups.key(r[0]), "ownedUnits", Tally.number(r[2]));
            }
        }
        if (q.groupBy() == GroupBy.MONTH) {
            for (String month : p.rows.groups().keySet()) {
                LocalDate end = YearMonth.parse(month).atEndOfMonth();
                long units = rows.stream()
                        .filter(r -> !Groups.day(r[0]).isAfter(end))
                        .mapToLong(r -> Tally.number(r[2]))
                        .sum();
                p.rows.add(month, "ownedUnits", units);
            }
        }
    }

    /**
     * What one report adds up: its rows, and per period (0 the one before, 1 this one) the total and each
     * group's negative and all contacts. A grouping value and period flag from SQL go to this period's row
     * and total, or to the previous period's total (and negatives, for the shift).
     */
    private static final class Periods {
        final ReportQuery before;
        final Groups groups;
        final boolean byTime;
        final Tally rows = new Tally(COLUMNS);
        final Tally[] totals = {new Tally(TOTAL_COLUMNS), new Tally(TOTAL_COLUMNS)};

        @SuppressWarnings("unchecked")
        final Map<String, long[]>[] negatives = new Map[] {new TreeMap<>(), new TreeMap<>()};

        Periods(ReportQuery q, Groups groups) {
            this.before = q.previous();
            this.groups = groups;
            this.byTime = q.groupBy().isTime();
            if (byTime) {
                rows.prefill(Groups.timeKeys(q.groupBy(), q.from(), q.to()));
            }
        }

        /** The group of a grouping value: by time, the previous period's are only added up. */
        String key(Object raw, Object period) {
            return byTime && Tally.number(period) == 0 ? "before" : groups.key(raw);
        }

        void add(Object raw, Object period, String column, long value) {
            int p = (int) Tally.number(period);
            if (p == 1) {
                rows.add(groups.key(raw), column, value);
            }
            totals[p].add("total", column, value);
        }

        void event(LocalDate day, Object raw, String column, long value, ReportQuery q) {
            boolean now = !day.isBefore(q.from());
            if (now) {
                rows.add(
                        q.groupBy() == GroupBy.MONTH ? YearMonth.from(day).toString() : groups.key(raw), column, value);
            }
            totals[now ? 1 : 0].add("total", column, value);
        }

        /** A period's total, in the total's columns; no figures at all when nothing happened in it. */
        ReportRow total(int period) {
            Map<String, Number> figures = totals[period].groups().getOrDefault("total", Map.of());
            return new ReportRow("total", "total", figures);
        }
    }

    /** Alerts raised and recall notices issued in both periods, with the owners each notice went to. */
    private static void events(EntityManager em, ReportQuery q, Periods p) {
        OffsetDateTime from = p.before.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        for (Object[] r : productOnly(q, "a.product_id")
                .and("a.raised_at >= ?", from)
                .and("a.raised_at < ?", to)
                .rows(em, "SELECT a.product_id, a.raised_at FROM alert a", null)) {
            p.event(timestamp(r[1]), r[0], "alerts", 1, q);
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
            LocalDate day = timestamp(r[1]);
            p.event(day, r[0], "recallNotices", 1, q);
            p.event(day, r[0], "recallReach", Tally.number(r[2]), q);
        }
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
