package org.caredesk.domain.report;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.platform.SqlTimes;

/**
 * How much the help centre saves: searches and those that found nothing (grouped by {@code query}, the
 * searches to write articles for), article views and votes, and deflection on the case form: of the form
 * fillings where an article was opened, how many ended without a case (the cases avoided). Form sessions
 * count on the day they began and carry no language.
 */
final class SelfServiceReport {
    static final List<String> COLUMNS = List.of(
            "searches",
            "zeroResultSearches",
            "articleViews",
            "helpfulVotes",
            "unhelpfulVotes",
            "formSessions",
            "sessionsWithArticleOpened",
            "casesAfterArticle",
            "casesAvoided",
            "deflectionPercent");
    static final int TOP_QUERIES = 50;

    private SelfServiceReport() {}

    static List<ReportRow> rows(EntityManager em, ReportQuery q) {
        OffsetDateTime from = q.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        String language = q.filter().language();
        if (q.groupBy() == GroupBy.QUERY) {
            return zeroResultQueries(em, from, to, language);
        }
        GroupBy g = q.groupBy();
        Groups groups = new Groups(em, g);
        Tally tally = new Tally(COLUMNS);
        if (g.isTime()) {
            tally.prefill(Groups.timeKeys(g, q.from(), q.to()));
        }
        for (Object[] r : timed(language, "s.language", from, to, "s.at")
                .rows(em, "SELECT s.at, s.language, s.hits FROM kb_search_log s", null)) {
            String key = key(groups, g, r[0], r[1]);
            tally.add(key, "searches", 1);
            tally.add(key, "zeroResultSearches", Tally.number(r[2]) == 0 ? 1 : 0);
        }
        for (Object[] r : timed(language, "a.language", from, to, "v.at")
                .rows(
                        em,
                        "SELECT v.at, a.language FROM kb_article_view v JOIN article a ON a.id = v.article_id",
                        null)) {
            tally.add(key(groups, g, r[0], r[1]), "articleViews", 1);
        }
        for (Object[] r : timed(language, "a.language", from, to, "k.created_at")
                .rows(
                        em,
                        "SELECT k.created_at, a.language, k.helpful FROM kb_feedback k JOIN article a ON a.id = k.article_id",
                        null)) {
            tally.add(key(groups, g, r[0], r[1]), Boolean.TRUE.equals(r[2]) ? "helpfulVotes" : "unhelpfulVotes", 1);
        }
        if (language == null) {
            formSessions(em, groups, g, from, to, tally);
        }
        for (Map<String, Number> f : tally.groups().values()) {
            f.put(
                    "deflectionPercent",
                    Tally.percent(
                            f.get("casesAvoided").longValue(),
                            f.get("sessionsWithArticleOpened").longValue()));
        }
        return tally.rows(groups::label);
    }

    /** Each form session once, on the day it began: opened an article? ended with a case? */
    private static void formSessions(
            EntityManager em, Groups groups, GroupBy g, OffsetDateTime from, OffsetDateTime to, Tally tally) {
        Map<String, Object[]> sessions = new HashMap<>(); // session -> first at, opened, submitted
        for (Object[] r :
                period(from, to, "e.at").rows(em, "SELECT e.form_session, e.kind, e.at FROM kb_form_event e", null)) {
            Object[] s = sessions.computeIfAbsent((String) r[0], k -> new Object[] {r[2], false, false});
            if (SqlTimes.instant(r[2]).isBefore(SqlTimes.instant(s[0]))) {
                s[0] = r[2];
            }
            s[1] = (Boolean) s[1] || "OPENED".equals(r[1]);
            s[2] = (Boolean) s[2] || "SUBMITTED".equals(r[1]);
        }
        for (Object[] s : sessions.values()) {
            String key = key(groups, g, s[0], null);
            tally.add(key, "formSessions", 1);
            if ((Boolean) s[1]) {
                tally.add(key, "sessionsWithArticleOpened", 1);
                tally.add(key, (Boolean) s[2] ? "casesAfterArticle" : "casesAvoided", 1);
            }
        }
    }

    private static List<ReportRow> zeroResultQueries(
            EntityManager em, OffsetDateTime from, OffsetDateTime to, String language) {
        return timed(language, "s.language", from, to, "s.at")
                .andRaw("s.hits = 0")
                .rows(
                        em,
                        "SELECT LOWER(s.query_text), COUNT(*) FROM kb_search_log s",
                        "GROUP BY LOWER(s.query_text) ORDER BY COUNT(*) DESC, LOWER(s.query_text)")
                .stream()
                .limit(TOP_QUERIES)
                .map(r -> {
                    Map<String, Number> figures = new LinkedHashMap<>();
                    figures.put("zeroResultSearches", Tally.number(r[1]));
                    return new ReportRow((String) r[0], (String) r[0], figures);
                })
                .toList();
    }

    private static FactSql timed(String language, String languageColumn, Object from, Object to, String column) {
        FactSql sql = period(from, to, column);
        if (language != null) {
            sql.and(languageColumn + " = ?", language);
        }
        return sql;
    }

    /** A period on a timestamp column: from inclusive, to exclusive. */
    private static FactSql period(Object from, Object to, String column) {
        return FactSql.none().and(column + " >= ?", from).and(column + " < ?", to);
    }

    private static String key(Groups groups, GroupBy g, Object at, Object language) {
        if (g == GroupBy.LANGUAGE) {
            return groups.key(language);
        }
        return groups.key(ReportRollups.day(SqlTimes.instant(at)));
    }
}
