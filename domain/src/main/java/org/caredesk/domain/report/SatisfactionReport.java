package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * The consumers' ratings (CSAT 1–5) given in the period: how many, their average, the share satisfied
 * (4 or 5) and the distribution. The comments are in the drill-down, never in the figures.
 */
final class SatisfactionReport {
    static final List<String> COLUMNS =
            List.of("ratings", "averageScore", "satisfiedPercent", "score1", "score2", "score3", "score4", "score5");

    private SatisfactionReport() {}

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        GroupBy g = q.groupBy();
        Groups groups = new Groups(em, g);
        Tally tally = new Tally(COLUMNS);
        if (g.isTime()) {
            tally.prefill(Groups.timeKeys(g, q.from(), q.to()));
        }
        String column = Groups.column(g, "f", "f.csat_day");
        for (Object[] r : FactSql.cases(q, "f.csat_day")
                .andRaw("f.csat_score IS NOT NULL")
                .rows(
                        em,
                        "SELECT " + column + ", f.csat_score, COUNT(*) FROM report_case_fact f",
                        "GROUP BY " + column + ", f.csat_score")) {
            String key = groups.key(r[0]);
            long n = Tally.number(r[2]);
            tally.add(key, "ratings", n);
            tally.add(key, "score" + Tally.number(r[1]), n);
        }
        for (Map<String, Number> f : tally.groups().values()) {
            long ratings = f.get("ratings").longValue();
            long sum = 0;
            for (int s = 1; s <= 5; s++) {
                sum += s * f.get("score" + s).longValue();
            }
            f.put("averageScore", ratings == 0 ? null : Math.round(100.0 * sum / ratings) / 100.0);
            f.put(
                    "satisfiedPercent",
                    Tally.percent(f.get("score4").longValue() + f.get("score5").longValue(), ratings));
        }
        return tally.rows(groups::label);
    }
}
