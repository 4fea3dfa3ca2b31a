package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * Contacts (consumer messages) and cases per period or dimension; for time groupings also the backlog:
 * cases open at the end of each period (created by then, not resolved by then).
 */
final class VolumeReport {
    static final List<String> COLUMNS = List.of("contacts", "cases", "resolved", "backlog");

    private VolumeReport() {}

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        return rows(em, q, true);
    }

    /** {@code backlog}: count the cases open at the start (false leaves the backlog out, for the caller to fill). */
    static List<ReportRow> rows(EntityManager em, ReportQuery q, boolean backlog) {
        GroupBy g = q.groupBy();
        Groups groups = new Groups(em, g);
        Tally tally = new Tally(COLUMNS);
        if (g.isTime()) {
            tally.prefill(Groups.timeKeys(g, q.from(), q.to()));
        }
        // unfiltered by day, week, month or the whole period: a few hundred rows of daily totals
        boolean daily = unfiltered(q.filter()) && (g.isTime() || g == GroupBy.TOTAL);
        String contactColumn = Groups.column(g, "d", "d.contact_day");
        for (Object[] r : FactSql.contacts(q)
                .rows(
                        em,
                        "SELECT " + contactColumn + ", SUM(d.contacts) FROM "
                                + (daily ? "report_contact_total d" : "report_contact_day d"),
                        "GROUP BY " + contactColumn)) {
            if (!daily || Tally.number(r[1]) > 0) {
                tally.add(groups.key(r[0]), "contacts", Tally.number(r[1]));
            }
        }
        if (daily) {
            String flowColumn = Groups.column(g, "w", "w.flow_day");
            for (Object[] r : FactSql.none()
                    .period("w.flow_day", q.from(), q.to())
                    .rows(
                            em,
                            "SELECT " + flowColumn + ", SUM(w.created_cases), SUM(w.resolved_cases)"
                                    + " FROM report_case_flow w",
                            "GROUP BY " + flowColumn)) {
                // as a count of the cases would: a group only where a case was created or resolved
                if (Tally.number(r[1]) > 0) {
                    tally.add(groups.key(r[0]), "cases", Tally.number(r[1]));
                }
                if (Tally.number(r[2]) > 0) {
                    tally.add(groups.key(r[0]), "resolved", Tally.number(r[2]));
                }
            }
        } else {
            String caseColumn = Groups.column(g, "f", "f.created_day");
            for (Object[] r : FactSql.cases(q, "f.created_day")
                    .rows(
                            em,
                            "SELECT " + caseColumn + ", COUNT(*) FROM report_case_fact f",
                            "GROUP BY " + caseColumn)) {
                tally.add(groups.key(r[0]), "cases", Tally.number(r[1]));
            }
            String resolvedColumn = Groups.column(g, "f", "f.resolved_day");
            for (Object[] r : FactSql.cases(q, "f.resolved_day")
                    .rows(
                            em,
                            "SELECT " + resolvedColumn + ", COUNT(*) FROM report_case_fact f",
                            "GROUP BY " + resolvedColumn)) {
                tally.add(groups.key(r[0]), "resolved", Tally.number(r[1]));
            }
        }
        if (backlog) {
            backlog(em, q, tally);
        }
        return tally.rows(groups::label);
    }

    /** The whole period from its days (weeks, months): the sums, and the backlog at the end of the last. */
    static ReportRow total(List<ReportRow> timeRows) {
        Map<String, Number> sum = new java.util.LinkedHashMap<>();
        for (String c : List.of("contacts", "cases", "resolved")) {
            sum.put(
                    c,
                    timeRows.stream()
                            .mapToLong(r -> r.figures().get(c).longValue())
                            .sum());
        }
        sum.put(
                "backlog",
                timeRows.isEmpty()
                        ? null
                        : timeRows.get(timeRows.size() - 1).figures().get("backlog"));
        return new ReportRow("total", "total", sum);
    }

    /**
     * The previous period's total from the rows of this one (by day, week or month): its backlog, the cases
     * open at its end, is the one this period started with, so only its contacts, cases and resolved are read.
     */
    static ReportRow previousTotal(EntityManager em, ReportQuery q, List<ReportRow> timeRows) {
        List<ReportRow> totals = rows(em, q.previous().grouped(GroupBy.TOTAL), false);
        if (totals.isEmpty()) {
            return new ReportRow("total", "total", Map.of()); // nothing in the period, as any empty total
        }
        Map<String, Number> figures =
                new java.util.LinkedHashMap<>(totals.get(0).figures());
        Map<String, Number> first = timeRows.get(0).figures();
        figures.put(
                "backlog",
                first.get("backlog").longValue()
                        - first.get("cases").longValue()
                        + first.get("resolved").longValue());
        return new ReportRow("total", "total", figures);
    }

    /** No filter narrows the cases (the flow counts them all). */
    private static boolean unfiltered(ReportFilter f) {
        return f.channel() == null
                && f.language() == null
                && f.product() == null
                && f.category() == null
                && f.agent() == null
                && f.team() == null;
    }

    /** Open at the end of each period: open at the start, plus created, minus resolved, period by period. */
    private static void backlog(EntityManager em, ReportQuery q, Tally tally) {
        boolean time = q.groupBy().isTime();
        boolean total = q.groupBy() == GroupBy.TOTAL;
        if (!time && !total) {
            tally.groups().values().forEach(f -> f.put("backlog", null));
            return;
        }
        long open = unfiltered(q.filter())
                // created before the period minus closed before it, from the daily flow (a few hundred rows)
                ? Tally.number(FactSql.none()
                        .and("w.flow_day < ?", q.from())
                        .rows(em, "SELECT SUM(w.created_cases) - SUM(w.closed_cases) FROM report_case_flow w", null)
                        .get(0)[0])
                : Tally.number(FactSql.cases(q)
                        .and("f.created_day < ?", q.from())
                        .and("(f.resolved_day IS NULL OR f.resolved_day >= ?)", q.from())
                        .rows(em, "SELECT COUNT(*) FROM report_case_fact f", null)
                        .get(0)[0]);
        for (Map<String, Number> f : tally.groups().values()) {
            open += f.get("cases").longValue() - f.get("resolved").longValue();
            f.put("backlog", open);
        }
    }
}
