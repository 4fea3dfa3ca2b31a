package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who keeps complaining and who we are losing, from the cases of the period (a customer is active when
 * they opened a case): repeat complainers (2+ and 3+ cases), customers at risk (an unresolved negative case,
 * or two or more negative cases), and retention (active in the period before and again in this one).
 */
final class CustomerReport {
    static final List<String> MEASURES =
            List.of("activeCustomers", "repeat2", "repeat3", "atRisk", "activeBefore", "retained");
    static final List<String> COLUMNS = List.of("customers", "sharePercent");

    private CustomerReport() {}

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        return rows(q, counts(em, q)[0]);
    }

    /**
     * The report's rows, its total and the previous period's total from ONE pass over the cases of three
     * periods (this one, the one before and the one before that, for the previous period's retention): the
     * database counts each customer's cases per period and sends back the eleven counts, not the customers.
     */
    static ReportTable table(EntityManager em, ReportQuery q, List<String> columns) {
        Map<String, Long>[] counts = counts(em, q);
        return new ReportTable(
                q,
                columns,
                rows(q, counts[0]),
                rows(q.grouped(GroupBy.TOTAL), counts[0]).get(0),
                rows(q.grouped(GroupBy.TOTAL), counts[1]).get(0));
    }

    private static List<ReportRow> rows(ReportQuery q, Map<String, Long> counts) {
        if (q.groupBy() == GroupBy.TOTAL) {
            Map<String, Number> figures = new LinkedHashMap<>();
            MEASURES.forEach(m -> figures.put(m, counts.get(m)));
            return List.of(new ReportRow("total", "total", figures));
        }
        long active = counts.get("activeCustomers");
        long before = counts.get("activeBefore");
        return MEASURES.stream()
                .map(m -> {
                    Map<String, Number> figures = new LinkedHashMap<>();
                    long n = counts.get(m);
                    figures.put("customers", n);
                    figures.put(
                            "sharePercent",
                            m.equals("activeBefore") ? null : Tally.percent(n, m.equals("retained") ? before : active));
                    return new ReportRow(m, m, figures);
                })
                .toList();
    }

    /** The measures of the period [0] and of the period before it [1]. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long>[] counts(EntityManager em, ReportQuery q) {
        ReportQuery before = q.previous();
        ReportQuery earlier = before.previous();
        FactSql sql = FactSql.cases(
                        new ReportQuery(q.kind(), earlier.from(), q.to(), q.groupBy(), q.filter()), "f.created_day")
                .andRaw("f.customer_id IS NOT NULL");
        // per customer: cases, negative and open negative cases in this period (0) and the one before (1);
        // cases in the one before that (2). The WHERE bounds the three periods together.
        java.util.function.BiFunction<String, String, String> now = (when, name) ->
                " SUM(CASE WHEN f.created_day >= " + sql.bind(q.from()) + when + " THEN 1 ELSE 0 END) AS " + name + ",";
        java.util.function.BiFunction<String, String, String> then = (when, name) -> " SUM(CASE WHEN f.created_day >= "
                + sql.bind(before.from()) + " AND f.created_day < " + sql.bind(q.from()) + when
                + " THEN 1 ELSE 0 END) AS " + name + ",";
        String open = " AND f.negative AND f.resolved_day IS NULL";
        String inner = "SELECT f.customer_id," + now.apply("", "n0") + now.apply(" AND f.negative", "g0")
                + now.apply(open, "o0") + then.apply("", "n1") + then.apply(" AND f.negative", "g1")
                + then.apply(open, "o1")
                + " SUM(CASE WHEN f.created_day < " + sql.bind(before.from()) + " THEN 1 ELSE 0 END) AS n2"
                + " FROM report_case_fact f";
        // the SELECT's placeholders were bound after the WHERE's: the WHERE keeps its lower numbers
        List<Object[]> result = sql.rows(
                em,
                "SELECT SUM(CASE WHEN x.n0 > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN x.n0 >= 2 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.n0 >= 3 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.o0 > 0 OR x.g0 >= 2 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.n1 > 0 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.n0 > 0 AND x.n1 > 0 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.n1 >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN x.n1 >= 3 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.o1 > 0 OR x.g1 >= 2 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.n2 > 0 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.n1 > 0 AND x.n2 > 0 THEN 1 ELSE 0 END) FROM (" + inner,
                "GROUP BY f.customer_id) x");
        Object[] r = result.get(0);
        Map<String, Long> current = new HashMap<>();
        Map<String, Long> previous = new HashMap<>();
        current.put("activeCustomers", Tally.number(r[0]));
        current.put("repeat2", Tally.number(r[1]));
        current.put("repeat3", Tally.number(r[2]));
        current.put("atRisk", Tally.number(r[3]));
        current.put("activeBefore", Tally.number(r[4]));
        current.put("retained", Tally.number(r[5]));
        previous.put("activeCustomers", Tally.number(r[4]));
        previous.put("repeat2", Tally.number(r[6]));
        previous.put("repeat3", Tally.number(r[7]));
        previous.put("atRisk", Tally.number(r[8]));
        previous.put("activeBefore", Tally.number(r[9]));
        previous.put("retained", Tally.number(r[10]));
        return new Map[] {current, previous};
    }

    /** The customer ids behind each measure (for the figures and the drill-down). */
    static Map<String, Set<Long>> members(EntityManager em, ReportQuery q) {
        return members(em, q, new HashMap<>());
    }

    private static Map<String, Set<Long>> members(EntityManager em, ReportQuery q, Map<String, List<Object[]>> scans) {
        Map<String, Set<Long>> members = new HashMap<>();
        MEASURES.forEach(m -> members.put(m, new TreeSet<>()));
        for (Object[] r : scans.computeIfAbsent(q.from() + ".." + q.to(), k -> perCustomer(em, q))) {
            long id = Tally.number(r[0]);
            long cases = Tally.number(r[1]);
            long negative = Tally.number(r[2]);
            long openNegative = Tally.number(r[3]);
            members.get("activeCustomers").add(id);
            if (cases >= 2) {
                members.get("repeat2").add(id);
            }
            if (cases >= 3) {
                members.get("repeat3").add(id);
            }
            if (openNegative > 0 || negative >= 2) {
                members.get("atRisk").add(id);
            }
        }
        ReportQuery before = q.previous();
        for (Object[] r : scans.computeIfAbsent(before.from() + ".." + before.to(), k -> perCustomer(em, before))) {
            long id = Tally.number(r[0]);
            members.get("activeBefore").add(id);
            if (members.get("activeCustomers").contains(id)) {
                members.get("retained").add(id);
            }
        }
        return members;
    }

    private static List<Object[]> perCustomer(EntityManager em, ReportQuery q) {
        return FactSql.cases(q, "f.created_day")
                .andRaw("f.customer_id IS NOT NULL")
                .rows(
                        em,
                        "SELECT f.customer_id, COUNT(*), SUM(CASE WHEN f.negative THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN f.negative AND f.resolved_day IS NULL THEN 1 ELSE 0 END)"
                                + " FROM report_case_fact f",
                        "GROUP BY f.customer_id");
    }
}
