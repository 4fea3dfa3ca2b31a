package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How fast cases opened in the period were answered and resolved: median and 90th percentile (nearest
 * rank, as SQL's PERCENTILE_DISC) of the minutes to the first response and to resolution, the share that
 * met their SLA target (of those answered or resolved), and the share reopened by the consumer.
 */
final class ServiceReport {
    static final List<String> COLUMNS = List.of(
            "cases",
            "firstResponseMedianMinutes",
            "firstResponseP90Minutes",
            "firstResponseSlaPercent",
            "resolutionMedianMinutes",
            "resolutionP90Minutes",
            "resolutionSlaPercent",
            "reopenedPercent");

    private ServiceReport() {}

    private static final String FIGURES = "COUNT(*), COUNT(f.first_response_minutes),"
            + " SUM(CASE WHEN f.first_response_met THEN 1 ELSE 0 END),"
            + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY f.first_response_minutes),"
            + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY f.first_response_minutes),"
            + " COUNT(f.resolution_minutes), SUM(CASE WHEN f.resolution_met THEN 1 ELSE 0 END),"
            + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY f.resolution_minutes),"
            + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY f.resolution_minutes),"
            + " SUM(CASE WHEN f.reopened THEN 1 ELSE 0 END)";

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        return rows(em, q, new Groups(em, q.groupBy()));
    }

    /**
     * Whether the database takes {@link #table}'s one statement: PostgreSQL has {@code ROLLUP}; H2 (the embedded
     * default) has not, and answers the rows and the two totals with three queries instead.
     */
    static boolean inOneStatement(EntityManager em) {
        try {
            return em.unwrap(org.eclipse.persistence.sessions.Session.class)
                    .getPlatform()
                    .isPostgreSQL();
        } catch (RuntimeException notEclipseLink) {
            return false;
        }
    }

    /**
     * The rows, the period's total and the previous period's total from ONE statement that reads each case once:
     * the period's cases grouped with {@code ROLLUP} (the groups and, on the same sorted pass, the whole period),
     * and after {@code UNION ALL} the period before's cases, which only make its total. The percentiles are the
     * database's {@code PERCENTILE_DISC} over every case, as the three queries take them: exact, not merged.
     */
    static ReportTable table(EntityManager em, ReportQuery q, List<String> columns) {
        Groups groups = new Groups(em, q.groupBy());
        Statement s = select(q);
        String current = s.sql.cut();
        s.sql.andCases(q.previous(), "f.created_day");
        String previous = s.sql.cut();
        String statement = s.grouped.formatted("GROUPING(" + s.key + ")", current, "GROUP BY ROLLUP(" + s.key + ")")
                + " UNION ALL SELECT 0, NULL, 1, " + FIGURES + " FROM report_case_fact f" + previous;
        Map<String, Map<String, Number>> byGroup = prefilled(q);
        Map<String, Number> total = Map.of();
        Map<String, Number> before = Map.of();
        for (Object[] r : s.sql.rows(em, statement, null)) {
            Map<String, Number> f = figures(r, 3);
            if (Tally.number(r[0]) == 0) {
                before = f;
            } else if (Tally.number(r[2]) == 1) {
                total = f;
            } else if (!f.isEmpty()) {
                byGroup.put(s.key(groups, r[1]), f);
            }
        }
        return new ReportTable(
                q,
                columns,
                rows(groups, byGroup),
                new ReportRow("total", "total", total),
                new ReportRow("total", "total", before));
    }

    /**
     * The database takes the percentiles (PERCENTILE_DISC, H2 and PostgreSQL alike) and sends one row a
     * group, never every case: groups whose key is one column value, the whole period, or the weeks and
     * months of the period (each case's week or month found by a CASE over the groups' first days, in a
     * derived table, so the grouping is one bound expression on both databases).
     */
    private static List<ReportRow> rows(EntityManager em, ReportQuery q, Groups groups) {
        boolean total = q.groupBy() == GroupBy.TOTAL;
        Statement s = select(q);
        Map<String, Map<String, Number>> byGroup = prefilled(q);
        String where = s.sql.cut();
        String statement = total
                ? "SELECT 0, 0, 0, " + FIGURES + " FROM report_case_fact f" + where
                : s.grouped.formatted("0", where, "GROUP BY " + s.key);
        for (Object[] r : s.sql.rows(em, statement, null)) {
            Map<String, Number> f = figures(r, 3);
            if (!f.isEmpty()) { // the whole period with no case: no group at all
                byGroup.put(total ? "total" : s.key(groups, r[1]), f);
            }
        }
        return rows(groups, byGroup);
    }

    /**
     * One grouped SELECT of the period's cases: its text with {@code %1$s} for the whole-period flag, {@code %2$s}
     * for the WHERE clause and {@code %3$s} for the GROUP BY, the key it groups on, and the conditions (the WHERE
     * clause, which a caller {@link FactSql#cut}s). Each row: 1, the key, the flag (1: the whole period), the
     * figures.
     */
    private record Statement(FactSql sql, String grouped, String key, List<String> buckets) {
        String key(Groups groups, Object raw) {
            return buckets.isEmpty() ? groups.key(raw) : buckets.get((int) Tally.number(raw));
        }
    }

    private static Statement select(ReportQuery q) {
        GroupBy g = q.groupBy();
        FactSql sql = FactSql.cases(q, "f.created_day");
        if (g != GroupBy.WEEK && g != GroupBy.MONTH) {
            String column = Groups.column(g, "f", "f.created_day");
            return new Statement(
                    sql,
                    "SELECT 1, " + column + ", %1$s, " + FIGURES + " FROM report_case_fact f%2$s %3$s",
                    column,
                    List.of());
        }
        List<String> keys = Groups.timeKeys(g, q.from(), q.to());
        StringBuilder bucket = new StringBuilder(keys.size() == 1 ? "0" : "CASE");
        for (int i = 1; i < keys.size(); i++) {
            bucket.append(" WHEN f.created_day < ")
                    .append(sql.bind(start(g, keys.get(i))))
                    .append(" THEN ")
                    .append(i - 1);
        }
        if (keys.size() > 1) {
            bucket.append(" ELSE ").append(keys.size() - 1).append(" END");
        }
        return new Statement(
                sql,
                "SELECT 1, f.bucket, %1$s, " + FIGURES + " FROM (SELECT " + bucket
                        + " AS bucket, f.first_response_minutes,"
                        + " f.first_response_met, f.resolution_minutes, f.resolution_met, f.reopened"
                        + " FROM report_case_fact f%2$s) f %3$s",
                "f.bucket",
                keys);
    }

    /** Every key of a time grouping, with the figures of no case, so a chart shows the empty ones too. */
    private static Map<String, Map<String, Number>> prefilled(ReportQuery q) {
        Map<String, Map<String, Number>> byGroup = new java.util.LinkedHashMap<>();
        if (q.groupBy().isTime()) {
            Groups.timeKeys(q.groupBy(), q.from(), q.to()).forEach(k -> byGroup.put(k, new Cases().figures()));
        }
        return byGroup;
    }

    private static List<ReportRow> rows(Groups groups, Map<String, Map<String, Number>> byGroup) {
        List<ReportRow> result = new ArrayList<>();
        byGroup.forEach((key, f) -> result.add(new ReportRow(key, groups.label(key), f)));
        return result;
    }

    /** The figures of one row from {@code at} on ({@link #FIGURES}' columns); none for a group of no case. */
    private static Map<String, Number> figures(Object[] r, int at) {
        long count = Tally.number(r[at]);
        if (count == 0) {
            return Map.of();
        }
        Map<String, Number> f = new java.util.LinkedHashMap<>();
        f.put("cases", count);
        f.put("firstResponseMedianMinutes", integer(r[at + 3]));
        f.put("firstResponseP90Minutes", integer(r[at + 4]));
        f.put("firstResponseSlaPercent", Tally.percent(Tally.number(r[at + 2]), Tally.number(r[at + 1])));
        f.put("resolutionMedianMinutes", integer(r[at + 7]));
        f.put("resolutionP90Minutes", integer(r[at + 8]));
        f.put("resolutionSlaPercent", Tally.percent(Tally.number(r[at + 6]), Tally.number(r[at + 5])));
        f.put("reopenedPercent", Tally.percent(Tally.number(r[at + 9]), count));
        return f;
    }

    /** The first day of a week (its Monday) or month key. */
    private static java.time.LocalDate start(GroupBy g, String key) {
        return g == GroupBy.WEEK
                ? java.time.LocalDate.parse(key)
                : java.time.YearMonth.parse(key).atDay(1);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** The measured times of one group's cases. */
    private static final class Cases {
        private final List<Integer> response = new ArrayList<>();
        private final List<Integer> resolution = new ArrayList<>();
        private long count;
        private long responseMet;
        private long resolutionMet;
        private long reopened;

        void add(Object[] r) {
            count++;
            if (r[1] != null) {
                response.add(((Number) r[1]).intValue());
                responseMet += Boolean.TRUE.equals(r[2]) ? 1 : 0;
            }
            if (r[3] != null) {
                resolution.add(((Number) r[3]).intValue());
                resolutionMet += Boolean.TRUE.equals(r[4]) ? 1 : 0;
            }
            reopened += Boolean.TRUE.equals(r[5]) ? 1 : 0;
        }

        Map<String, Number> figures() {
            Map<String, Number> f = new java.util.LinkedHashMap<>();
            f.put("cases", count);
            f.put("firstResponseMedianMinutes", Percentiles.nearestRank(response, 0.5));
            f.put("firstResponseP90Minutes", Percentiles.nearestRank(response, 0.9));
            f.put("firstResponseSlaPercent", Tally.percent(responseMet, response.size()));
            f.put("resolutionMedianMinutes", Percentiles.nearestRank(resolution, 0.5));
            f.put("resolutionP90Minutes", Percentiles.nearestRank(resolution, 0.9));
            f.put("resolutionSlaPercent", Tally.percent(resolutionMet, resolution.size()));
            f.put("reopenedPercent", Tally.percent(reopened, count));
            return f;
        }
    }
}
