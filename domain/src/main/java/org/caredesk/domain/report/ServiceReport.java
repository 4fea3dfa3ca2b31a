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

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        return rows(em, q, new Groups(em, q.groupBy()));
    }

    /**
     * The database takes the percentiles (PERCENTILE_DISC, H2 and PostgreSQL alike) and sends one row a
     * group, never every case: groups whose key is one column value, the whole period, or the weeks and
     * months of the period (each case's week or month found by a CASE over the groups' first days, in a
     * derived table, so the grouping is one bound expression on both databases).
     */
    private static List<ReportRow> rows(EntityManager em, ReportQuery q, Groups groups) {
        GroupBy g = q.groupBy();
        boolean total = g == GroupBy.TOTAL;
        boolean buckets = g == GroupBy.WEEK || g == GroupBy.MONTH;
        List<String> keys = g.isTime() ? Groups.timeKeys(g, q.from(), q.to()) : List.of();
        Map<String, Map<String, Number>> byGroup = new java.util.LinkedHashMap<>();
        keys.forEach(k -> byGroup.put(k, new Cases().figures()));
        String figures = "COUNT(*), COUNT(f.first_response_minutes),"
                + " SUM(CASE WHEN f.first_response_met THEN 1 ELSE 0 END),"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY f.first_response_minutes),"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY f.first_response_minutes),"
                + " COUNT(f.resolution_minutes), SUM(CASE WHEN f.resolution_met THEN 1 ELSE 0 END),"
                + " PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY f.resolution_minutes),"
                + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY f.resolution_minutes),"
                + " SUM(CASE WHEN f.reopened THEN 1 ELSE 0 END)";
        FactSql sql = FactSql.cases(q, "f.created_day");
        List<Object[]> rows;
        if (buckets) {
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
            rows = sql.rows(
                    em,
                    "SELECT f.bucket, " + figures + " FROM (SELECT " + bucket + " AS bucket, f.first_response_minutes,"
                            + " f.first_response_met, f.resolution_minutes, f.resolution_met, f.reopened"
                            + " FROM report_case_fact f",
                    ") f GROUP BY f.bucket");
        } else {
            String column = Groups.column(g, "f", "f.created_day");
            rows = sql.rows(
                    em,
                    (total ? "SELECT 0, " : "SELECT " + column + ", ") + figures + " FROM report_case_fact f",
                    total ? null : "GROUP BY " + column);
        }
        for (Object[] r : rows) {
            long count = Tally.number(r[1]);
            if (count == 0) {
                continue; // the whole period with no case: no group at all
            }
            Map<String, Number> f = new java.util.LinkedHashMap<>();
            f.put("cases", count);
            f.put("firstResponseMedianMinutes", integer(r[4]));
            f.put("firstResponseP90Minutes", integer(r[5]));
            f.put("firstResponseSlaPercent", Tally.percent(Tally.number(r[3]), Tally.number(r[2])));
            f.put("resolutionMedianMinutes", integer(r[8]));
            f.put("resolutionP90Minutes", integer(r[9]));
            f.put("resolutionSlaPercent", Tally.percent(Tally.number(r[7]), Tally.number(r[6])));
            f.put("reopenedPercent", Tally.percent(Tally.number(r[10]), count));
            String key = total ? "total" : buckets ? keys.get((int) Tally.number(r[0])) : groups.key(r[0]);
            byGroup.put(key, f);
        }
        List<ReportRow> result = new ArrayList<>();
        byGroup.forEach((key, f) -> result.add(new ReportRow(key, groups.label(key), f)));
        return result;
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
