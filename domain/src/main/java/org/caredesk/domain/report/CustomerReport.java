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
        return rows(em, q, new HashMap<>());
    }

    /** {@code scans} keeps each period's per-customer counts for one report run (its total and previous reuse them). */
    static List<ReportRow> rows(EntityManager em, ReportQuery q, Map<String, List<Object[]>> scans) {
        Map<String, Set<Long>> members = members(em, q, scans);
        if (q.groupBy() == GroupBy.TOTAL) {
            Map<String, Number> figures = new LinkedHashMap<>();
            MEASURES.forEach(m -> figures.put(m, (long) members.get(m).size()));
            return List.of(new ReportRow("total", "total", figures));
        }
        long active = members.get("activeCustomers").size();
        long before = members.get("activeBefore").size();
        return MEASURES.stream()
                .map(m -> {
                    Map<String, Number> figures = new LinkedHashMap<>();
                    long n = members.get(m).size();
                    figures.put("customers", n);
                    figures.put(
                            "sharePercent",
                            m.equals("activeBefore") ? null : Tally.percent(n, m.equals("retained") ? before : active));
                    return new ReportRow(m, m, figures);
                })
                .toList();
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
