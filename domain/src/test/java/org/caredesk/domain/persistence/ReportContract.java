package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.caredesk.domain.audit.AuditLog;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.insight.AnalyticsExclusions;
import org.caredesk.domain.kb.usage.HelpCentreUsage;
import org.caredesk.domain.report.GroupBy;
import org.caredesk.domain.report.ReportDrillDown;
import org.caredesk.domain.report.ReportFilter;
import org.caredesk.domain.report.ReportKind;
import org.caredesk.domain.report.ReportQuery;
import org.caredesk.domain.report.ReportRollups;
import org.caredesk.domain.report.ReportRow;
import org.caredesk.domain.report.ReportTable;
import org.caredesk.domain.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reports on every supported database (see the subclasses): the roll-ups kept up by incremental refreshes
 * (with late imports and later work on old cases in between) equal a direct SQL computation over the base
 * tables, a rebuild gives the same, and each report's figures equal an independent SQL query.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class ReportContract extends DatabaseContract {
    private static final LocalDate FROM = ReportHistory.day(10);
    private static final LocalDate TO = ReportHistory.day(70);

    private ReportRollups rollups;
    private Reports reports;
    private ReportHistory history;
    private TimeZone zone;

    @BeforeParameterizedClassInvocation
    void setUp() {
        zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // H2 casts timestamps to dates in the JVM's zone
        var em = jpa.entityManager();
        rollups = new ReportRollups(em, new SlaTargets(em));
        reports = new Reports(em);
        history = new ReportHistory(jpa);
        history.people();
        history.cases(0, 60, 260);
        history.looseContacts(0, 60, 300);
        jpa.inTransaction(em2 -> rollups.refresh());
        // what arrives between two refreshes: new cases, an import of old contacts, later work on old cases
        history.cases(60, 100, 140);
        history.looseContacts(5, 40, 150);
        history.laterWork(ReportHistory.START.plus(Duration.ofDays(110)));
        jpa.inTransaction(em2 -> rollups.refresh());
    }

    @AfterParameterizedClassInvocation
    void restoreZone() {
        TimeZone.setDefault(zone);
    }

    @Test
    void theContactRollupEqualsADirectCountOfTheContacts() throws SQLException {
        List<String> direct =
                strings("SELECT CAST(c.received_at AT TIME ZONE 'UTC' AS DATE), c.channel, COALESCE(c.product_id, 0),"
                        + " COALESCE(c.language, ''), COUNT(*), SUM(CASE WHEN c.sentiment = 'negative' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN h.n > 0 THEN 1 ELSE 0 END) FROM contact c"
                        + " LEFT JOIN (SELECT contact_id, COUNT(*) n FROM contact_hazard GROUP BY contact_id) h"
                        + " ON h.contact_id = c.id WHERE c.author = 'CONSUMER' AND c.internal_note = FALSE"
                        + " GROUP BY CAST(c.received_at AT TIME ZONE 'UTC' AS DATE), c.channel, COALESCE(c.product_id, 0),"
                        + " COALESCE(c.language, '') ORDER BY 1, 2, 3, 4");
        String rollup =
                "SELECT contact_day, channel, product_id, language, contacts, negative, hazard FROM report_contact_day"
                        + " ORDER BY 1, 2, 3, 4";
        List<String> perProduct = strings("SELECT CAST(c.received_at AT TIME ZONE 'UTC' AS DATE),"
                + " COALESCE(c.product_id, 0), COUNT(*), SUM(CASE WHEN c.sentiment = 'negative' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN h.n > 0 THEN 1 ELSE 0 END) FROM contact c"
                + " LEFT JOIN (SELECT contact_id, COUNT(*) n FROM contact_hazard GROUP BY contact_id) h"
                + " ON h.contact_id = c.id WHERE c.author = 'CONSUMER' AND c.internal_note = FALSE"
                + " GROUP BY CAST(c.received_at AT TIME ZONE 'UTC' AS DATE), COALESCE(c.product_id, 0) ORDER BY 1, 2");
        String productRollup =
                "SELECT contact_day, product_id, contacts, negative, hazard FROM report_product_day ORDER BY 1, 2";
        assertTrue(direct.size() > 100, "a history worth comparing: " + direct.size());
        assertEquals(direct, strings(rollup));
        assertEquals(perProduct, strings(productRollup), "contacts per day and product");
        jpa.inTransaction(em -> rollups.rebuild());
        assertEquals(direct, strings(rollup), "after a rebuild");
        assertEquals(perProduct, strings(productRollup), "contacts per day and product after a rebuild");
    }

    @Test
    void theCaseFactsEqualTheCasesAsTheyAreNow() throws SQLException {
        List<String> direct = strings("SELECT c.id, CAST(c.created_at AT TIME ZONE 'UTC' AS DATE), LOWER(c.channel),"
                + " LOWER(c.status), CAST(c.resolved_at AT TIME ZONE 'UTC' AS DATE), c.csat_score,"
                + " CASE WHEN EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'REOPENED')"
                + " THEN 1 ELSE 0 END, " + minutes("c.created_at", "c.first_response_at")
                + " FROM support_case c ORDER BY 1");
        assertEquals(400, direct.size());
        assertEquals(
                direct,
                strings(
                        "SELECT case_id, created_day, channel, status, resolved_day, csat_score,"
                                + " CASE WHEN reopened THEN 1 ELSE 0 END, first_response_minutes FROM report_case_fact ORDER BY 1"));
    }

    @Test
    void theCaseFlowEqualsADirectCountOfCreatedAndClosedCasesPerDay() throws SQLException {
        String day = "CAST(%s AT TIME ZONE 'UTC' AS DATE)";
        List<String> direct = strings("SELECT x.d, SUM(x.c), SUM(x.s), SUM(x.r) FROM (SELECT "
                + day.formatted("created_at") + " AS d, 1 AS c, 0 AS s, 0 AS r FROM support_case UNION ALL SELECT "
                + day.formatted("resolved_at") + ", 0, 1, 0 FROM support_case WHERE resolved_at IS NOT NULL"
                + " UNION ALL SELECT CASE WHEN resolved_at > created_at THEN " + day.formatted("resolved_at")
                + " ELSE " + day.formatted("created_at") + " END, 0, 0, 1"
                + " FROM support_case WHERE resolved_at IS NOT NULL) x GROUP BY x.d ORDER BY 1");
        String flow = "SELECT flow_day, created_cases, resolved_cases, closed_cases FROM report_case_flow"
                + " WHERE created_cases > 0 OR resolved_cases > 0 OR closed_cases > 0 ORDER BY 1";
        List<String> contacts = strings("SELECT " + day.formatted("received_at") + ", COUNT(*) FROM contact"
                + " WHERE author = 'CONSUMER' AND internal_note = FALSE GROUP BY " + day.formatted("received_at")
                + " ORDER BY 1");
        String totals = "SELECT contact_day, contacts FROM report_contact_total WHERE contacts > 0 ORDER BY 1";
        assertEquals(contacts, strings(totals));
        assertTrue(direct.size() > 50, "a history worth comparing: " + direct.size());
        assertEquals(direct, strings(flow));
        jpa.inTransaction(em -> rollups.rebuild());
        assertEquals(direct, strings(flow), "after a rebuild");
        assertEquals(contacts, strings(totals), "after a rebuild");
        var again = jpa.inTransaction(em -> rollups.refresh());
        assertEquals(0, again.days(), "nothing new: no day of contacts counted again");
    }

    @Test
    void volumeByChannelCountsWhatTheTablesHold() throws SQLException {
        ReportTable table = run(ReportKind.VOLUME, GroupBy.CHANNEL);
        Map<String, Long> contacts = counts("SELECT LOWER(channel), COUNT(*) FROM contact WHERE author = 'CONSUMER'"
                + " AND internal_note = FALSE AND " + period("received_at") + " GROUP BY LOWER(channel)");
        Map<String, Long> cases = counts("SELECT LOWER(channel), COUNT(*) FROM support_case WHERE "
                + period("created_at") + " GROUP BY LOWER(channel)");
        for (ReportRow row : table.rows()) {
            assertEquals(contacts.getOrDefault(row.group(), 0L), row.figures().get("contacts"), row.group());
            assertEquals(cases.getOrDefault(row.group(), 0L), row.figures().get("cases"), row.group());
        }
        assertEquals(
                cases.values().stream().mapToLong(Long::longValue).sum(),
                table.total().figures().get("cases"));
        assertFalse(table.rows().isEmpty());
    }

    @Test
    void volumeByDayCarriesTheBacklogOfOpenCases() throws SQLException {
        ReportTable table = run(ReportKind.VOLUME, GroupBy.DAY);
        assertEquals(61, table.rows().size(), "every day of the period, empty ones too");
        String day = "CAST(%s AT TIME ZONE 'UTC' AS DATE)";
        Map<String, Long> contacts = counts("SELECT " + day.formatted("received_at") + ", COUNT(*) FROM contact"
                + " WHERE author = 'CONSUMER' AND internal_note = FALSE AND " + period("received_at") + " GROUP BY "
                + day.formatted("received_at"));
        Map<String, Long> created = counts("SELECT " + day.formatted("created_at") + ", COUNT(*) FROM support_case"
                + " WHERE " + period("created_at") + " GROUP BY " + day.formatted("created_at"));
        Map<String, Long> resolved = counts("SELECT " + day.formatted("resolved_at") + ", COUNT(*) FROM support_case"
                + " WHERE " + period("resolved_at") + " GROUP BY " + day.formatted("resolved_at"));
        assertFalse(resolved.isEmpty());
        for (ReportRow row : table.rows()) {
            assertEquals(contacts.getOrDefault(row.group(), 0L), row.figures().get("contacts"), row.group());
            assertEquals(created.getOrDefault(row.group(), 0L), row.figures().get("cases"), row.group());
            assertEquals(resolved.getOrDefault(row.group(), 0L), row.figures().get("resolved"), row.group());
        }
        ReportRow last = table.rows().get(60);
        long open = counts("SELECT 'x', COUNT(*) FROM support_case WHERE created_at < " + dayAfter(TO)
                        + " AND (resolved_at IS NULL OR resolved_at >= " + dayAfter(TO) + ")")
                .get("x");
        assertEquals(open, last.figures().get("backlog"));
        String start = "TIMESTAMP WITH TIME ZONE '" + FROM + " 00:00:00+00'";
        long openBefore = counts("SELECT 'x', COUNT(*) FROM support_case WHERE created_at < " + start
                        + " AND (resolved_at IS NULL OR resolved_at >= " + start + ")")
                .get("x");
        assertEquals(
                openBefore, table.previousTotal().figures().get("backlog"), "open at the end of the period before");
        assertEquals(
                counts("SELECT 'x', COUNT(*) FROM support_case WHERE created_at >= TIMESTAMP WITH TIME ZONE '"
                                + FROM.minusDays(61) + " 00:00:00+00' AND created_at < " + start)
                        .get("x"),
                table.previousTotal().figures().get("cases"));
    }

    @Test
    void serviceMediansArePercentilesOfTheMinutes() throws SQLException {
        ReportTable table = run(ReportKind.SERVICE, GroupBy.CHANNEL);
        Map<String, Long> medians = counts("SELECT LOWER(channel), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY "
                + minutes("created_at", "first_response_at")
                + ") FROM support_case WHERE first_response_at IS NOT NULL AND "
                + period("created_at") + " GROUP BY LOWER(channel)");
        assertFalse(medians.isEmpty());
        for (ReportRow row : table.rows()) {
            Number median = row.figures().get("firstResponseMedianMinutes");
            assertEquals(medians.get(row.group()), median == null ? null : median.longValue(), row.group());
        }
    }

    @Test
    void serviceByWeekAndMonthArePercentilesOfEachWeeksAndMonthsMinutes() throws SQLException {
        for (GroupBy groupBy : List.of(GroupBy.WEEK, GroupBy.MONTH)) {
            ReportTable table = run(ReportKind.SERVICE, groupBy);
            long groups = FROM.datesUntil(TO.plusDays(1))
                    .map(d -> groupBy == GroupBy.WEEK
                            ? d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                            : d.withDayOfMonth(1))
                    .distinct()
                    .count();
            assertEquals(groups, table.rows().size(), "every week or month of the period");
            long all = 0;
            for (ReportRow row : table.rows()) {
                LocalDate first = groupBy == GroupBy.WEEK
                        ? LocalDate.parse(row.group())
                        : java.time.YearMonth.parse(row.group()).atDay(1);
                LocalDate last = groupBy == GroupBy.WEEK
                        ? first.plusDays(6)
                        : java.time.YearMonth.parse(row.group()).atEndOfMonth();
                String within = "created_at >= TIMESTAMP WITH TIME ZONE '" + (first.isBefore(FROM) ? FROM : first)
                        + " 00:00:00+00' AND created_at < " + dayAfter(last.isAfter(TO) ? TO : last);
                all += assertServiceFigures(row.figures(), within, groupBy + " " + row.group());
            }
            assertEquals(
                    counts("SELECT 'x', COUNT(*) FROM support_case WHERE " + period("created_at"))
                            .get("x"),
                    all);
            assertEquals(all, table.total().figures().get("cases").longValue());
        }
    }

    /**
     * Every grouping of the service report: each row, the period's total and the previous period's total equal
     * the percentiles and counts the database takes directly over the cases (on PostgreSQL the report answers
     * all three from one statement, on H2 from three queries).
     */
    @Test
    void everyServiceRowAndBothTotalsArePercentilesOfTheirOwnCases() throws SQLException {
        String day = "CAST(created_at AT TIME ZONE 'UTC' AS DATE)";
        Map<GroupBy, String> keys = new java.util.LinkedHashMap<>();
        keys.put(GroupBy.CHANNEL, "LOWER(channel) = '%s'");
        keys.put(GroupBy.PRIORITY, "LOWER(priority) = '%s'");
        keys.put(GroupBy.LANGUAGE, "COALESCE(NULLIF(language, ''), 'none') = '%s'");
        keys.put(GroupBy.DAY, day + " = DATE '%s'");
        keys.put(GroupBy.PRODUCT, "COALESCE((SELECT p.code FROM product p WHERE p.id = product_id), 'none') = '%s'");
        keys.put(GroupBy.AGENT, "COALESCE((SELECT u.email FROM app_user u WHERE u.id = assignee_id), 'none') = '%s'");
        for (Map.Entry<GroupBy, String> key : keys.entrySet()) {
            ReportTable table = run(ReportKind.SERVICE, key.getKey());
            assertTrue(table.rows().size() > 1, key.getKey() + ": groups to compare");
            long all = 0;
            for (ReportRow row : table.rows()) {
                all += assertServiceFigures(
                        row.figures(),
                        period("created_at") + " AND " + key.getValue().formatted(row.group()),
                        key.getKey() + " " + row.group());
            }
            assertEquals(
                    all, assertServiceFigures(table.total().figures(), period("created_at"), key.getKey() + " total"));
            String before = "created_at >= TIMESTAMP WITH TIME ZONE '" + FROM.minusDays(61)
                    + " 00:00:00+00' AND created_at < TIMESTAMP WITH TIME ZONE '" + FROM + " 00:00:00+00'";
            assertTrue(
                    assertServiceFigures(table.previousTotal().figures(), before, key.getKey() + " previous total") > 0,
                    "the period before has cases to compare");
        }
    }

    /** Asserts a service row's figures against the cases {@code within}; answers how many cases that is. */
    private long assertServiceFigures(Map<String, Number> f, String within, String at) throws SQLException {
        List<String> direct = strings("SELECT COUNT(*), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY "
                + minutes("created_at", "first_response_at") + "), PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY "
                + minutes("created_at", "first_response_at") + "), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY "
                + minutes("created_at", "resolved_at") + "), PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY "
                + minutes("created_at", "resolved_at") + "), SUM(CASE WHEN EXISTS (SELECT 1 FROM case_event e"
                + " WHERE e.case_id = c.id AND e.kind = 'REOPENED') THEN 1 ELSE 0 END)"
                + " FROM support_case c WHERE " + within);
        String[] d = direct.get(0).split("\\|", -1);
        long cases = Long.parseLong(d[0]);
        if (cases == 0) { // a total of no case has no figures, an empty day, week or month shows 0 and no times
            assertTrue(
                    f.isEmpty()
                            || (f.get("cases").longValue() == 0
                                    && f.entrySet().stream()
                                            .allMatch(e -> e.getKey().equals("cases") || e.getValue() == null)),
                    at + ": no case, no figures: " + f);
            return 0;
        }
        assertEquals(cases, f.get("cases").longValue(), at);
        assertEquals(nullable(d[1]), f.get("firstResponseMedianMinutes"), at);
        assertEquals(nullable(d[2]), f.get("firstResponseP90Minutes"), at);
        assertEquals(nullable(d[3]), f.get("resolutionMedianMinutes"), at);
        assertEquals(nullable(d[4]), f.get("resolutionP90Minutes"), at);
        assertEquals(Math.round(1000.0 * Long.parseLong(d[5]) / cases) / 10.0, f.get("reopenedPercent"), at);
        return cases;
    }

    @Test
    void productTotalsAreTheCasesAndContactsOfThePeriodAndTheOneBefore() throws SQLException {
        for (GroupBy groupBy : List.of(GroupBy.PRODUCT, GroupBy.CATEGORY)) {
            ReportTable table = run(ReportKind.PRODUCTS, groupBy);
            for (boolean before : new boolean[] {false, true}) {
                LocalDate from = before ? FROM.minusDays(61) : FROM;
                LocalDate to = before ? FROM.minusDays(1) : TO;
                String within = " >= TIMESTAMP WITH TIME ZONE '" + from + " 00:00:00+00' AND %s < " + dayAfter(to);
                var total = before ? table.previousTotal() : table.total();
                assertEquals(
                        counts("SELECT 'x', COUNT(*) FROM support_case WHERE created_at"
                                        + within.formatted("created_at"))
                                .get("x"),
                        total.figures().get("cases"),
                        groupBy + (before ? " before" : ""));
                assertEquals(
                        counts("SELECT 'x', COUNT(*) FROM contact WHERE author = 'CONSUMER' AND internal_note = FALSE"
                                        + " AND received_at" + within.formatted("received_at"))
                                .get("x"),
                        total.figures().get("contacts"),
                        groupBy + (before ? " before" : ""));
            }
        }
    }

    /**
     * Every figure of the products report (each row, both totals) by product, category and month, unfiltered
     * and filtered by a channel (read from the per-channel roll-up instead of the per-product one), against
     * counts of the cases, contacts and owned products themselves.
     */
    @Test
    void everyProductFigureAndBothTotalsEqualADirectCount() throws SQLException {
        for (String channel : new String[] {null, "web"}) {
            for (GroupBy groupBy : List.of(GroupBy.PRODUCT, GroupBy.CATEGORY, GroupBy.MONTH)) {
                String what = groupBy + (channel == null ? "" : " on " + channel);
                ReportTable table = jpa.inTransaction(em -> reports.run(new ReportQuery(
                        ReportKind.PRODUCTS,
                        FROM,
                        TO,
                        groupBy,
                        new ReportFilter(channel, null, null, null, null, null))));
                LocalDate before = FROM.minusDays(61);
                // by month, the period before is only added up: counted per product
                String key = groupBy == GroupBy.CATEGORY ? "COALESCE(p.category, 'none')" : "COALESCE(p.code, 'none')";
                Map<String, long[]> now = productCounts(key, FROM, TO, channel, groupBy == GroupBy.MONTH);
                Map<String, long[]> then = productCounts(key, before, FROM.minusDays(1), channel, false);
                Map<String, Long> owned = counts("SELECT " + key + ", COUNT(*) FROM owned_product o"
                        + " JOIN product p ON p.id = o.product_id WHERE o.purchased_on <= DATE '" + TO + "' GROUP BY "
                        + key);
                assertFalse(table.rows().isEmpty(), what);
                for (ReportRow row : table.rows()) {
                    long[] n = now.getOrDefault(row.group(), new long[4]);
                    var f = row.figures();
                    String at = what + " " + row.group();
                    long units = groupBy == GroupBy.MONTH
                            ? counts("SELECT 'x', COUNT(*) FROM owned_product o WHERE o.purchased_on <= DATE '"
                                            + java.time.YearMonth.parse(row.group())
                                                    .atEndOfMonth() + "'")
                                    .get("x")
                            : owned.getOrDefault(row.group(), 0L);
                    assertEquals(n[0], f.get("cases"), at);
                    assertEquals(n[1], f.get("contacts"), at);
                    assertEquals(n[3], f.get("hazardContacts"), at);
                    assertEquals(units, f.get("ownedUnits"), at);
                    assertEquals(
                            units == 0 ? null : Math.round(1_000_000.0 * n[0] / units) / 1000.0,
                            f.get("casesPer1000Units"),
                            at);
                    Double percent = n[1] == 0 ? null : Math.round(1000.0 * n[2] / n[1]) / 10.0;
                    assertEquals(percent, f.get("negativePercent"), at);
                    long[] b = then.get(row.group());
                    Double was = groupBy == GroupBy.MONTH || b == null || b[1] == 0
                            ? null
                            : Math.round(1000.0 * b[2] / b[1]) / 10.0;
                    assertEquals(
                            percent == null || was == null ? null : Math.round(10 * (percent - was)) / 10.0,
                            f.get("negativeShiftPoints"),
                            at);
                    assertEquals(0L, f.get("alerts"), at);
                }
                if (groupBy != GroupBy.MONTH) {
                    java.util.Set<String> counted = new java.util.TreeSet<>();
                    now.forEach((k, n) -> {
                        if (n[0] + n[1] > 0) {
                            counted.add(k);
                        }
                    });
                    java.util.Set<String> shown = new java.util.TreeSet<>();
                    for (ReportRow row : table.rows()) {
                        if (row.figures().get("cases").longValue()
                                        + row.figures().get("contacts").longValue()
                                > 0) {
                            shown.add(row.group());
                        }
                    }
                    assertEquals(counted, shown, what + ": a row for every group with cases or contacts");
                }
                for (boolean previous : new boolean[] {false, true}) {
                    var total = (previous ? table.previousTotal() : table.total()).figures();
                    Map<String, long[]> counted = previous ? then : now;
                    String at = what + (previous ? " previous total" : " total");
                    assertEquals(
                            List.of(
                                    "cases",
                                    "ownedUnits",
                                    "contacts",
                                    "hazardContacts",
                                    "alerts",
                                    "recallNotices",
                                    "recallReach"),
                            List.copyOf(total.keySet()),
                            at);
                    assertEquals(counted.values().stream().mapToLong(n -> n[0]).sum(), total.get("cases"), at);
                    assertEquals(counted.values().stream().mapToLong(n -> n[1]).sum(), total.get("contacts"), at);
                    assertEquals(counted.values().stream().mapToLong(n -> n[3]).sum(), total.get("hazardContacts"), at);
                    assertEquals(
                            counts("SELECT 'x', COUNT(*) FROM owned_product WHERE purchased_on <= DATE '"
                                            + (previous ? FROM.minusDays(1) : TO) + "'")
                                    .get("x"),
                            total.get("ownedUnits"),
                            at);
                }
            }
        }
    }

    /**
     * Per group ({@code key} over product {@code p}, or the month of the day when {@code monthly}): cases opened,
     * consumer contacts, negative ones and those with a hazard, on {@code channel} when given.
     */
    private Map<String, long[]> productCounts(String key, LocalDate from, LocalDate to, String channel, boolean monthly)
            throws SQLException {
        String within = " >= TIMESTAMP WITH TIME ZONE '" + from + " 00:00:00+00' AND %s < " + dayAfter(to);
        String onChannel = channel == null ? "" : " AND LOWER(c.channel) = '" + channel + "'";
        String month = "SUBSTRING(CAST(CAST(%s AT TIME ZONE 'UTC' AS DATE) AS VARCHAR(20)), 1, 7)";
        String cases = monthly ? month.formatted("c.created_at") : key;
        String contacts = monthly ? month.formatted("c.received_at") : key;
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (String row : strings("SELECT " + cases + ", COUNT(*) FROM support_case c LEFT JOIN product p"
                + " ON p.id = c.product_id WHERE c.created_at" + within.formatted("c.created_at") + onChannel
                + " GROUP BY " + cases)) {
            String[] r = row.split("\\|");
            counts.computeIfAbsent(r[0], k -> new long[4])[0] += Long.parseLong(r[1]);
        }
        for (String row : strings("SELECT " + contacts + ", COUNT(*), SUM(CASE WHEN c.sentiment = 'negative' THEN 1"
                + " ELSE 0 END), SUM(CASE WHEN EXISTS (SELECT 1 FROM contact_hazard h WHERE h.contact_id = c.id)"
                + " THEN 1 ELSE 0 END) FROM contact c LEFT JOIN product p ON p.id = c.product_id"
                + " WHERE c.author = 'CONSUMER' AND c.internal_note = FALSE AND c.received_at"
                + within.formatted("c.received_at") + onChannel + " GROUP BY " + contacts)) {
            String[] r = row.split("\\|");
            long[] n = counts.computeIfAbsent(r[0], k -> new long[4]);
            n[1] += Long.parseLong(r[1]);
            n[2] += Long.parseLong(r[2]);
            n[3] += Long.parseLong(r[3]);
        }
        return counts;
    }

    @Test
    void everyCustomerMeasureAndBothTotalsEqualAPerCustomerCountOfTheCases() throws SQLException {
        ReportTable table = run(ReportKind.CUSTOMERS, GroupBy.MEASURE);
        Map<String, Long> now = customerMeasures(FROM, TO);
        Map<String, Long> before = customerMeasures(FROM.minusDays(61), FROM.minusDays(1));
        assertTrue(now.get("retained") > 0 && now.get("atRisk") > 0, "a history worth comparing: " + now);
        for (ReportRow row : table.rows()) {
            assertEquals(now.get(row.group()), row.figures().get("customers"), row.group());
            assertEquals(now.get(row.group()), table.total().figures().get(row.group()), row.group());
            assertEquals(
                    before.get(row.group()), table.previousTotal().figures().get(row.group()), row.group());
        }
        assertEquals(6, table.rows().size());
    }

    /** The six measures over one period, from the cases themselves (and the period before it, for retention). */
    private Map<String, Long> customerMeasures(LocalDate from, LocalDate to) throws SQLException {
        LocalDate earlier = from.minusDays(to.toEpochDay() - from.toEpochDay() + 1);
        String per = "SELECT customer_id, COUNT(*) AS n, SUM(CASE WHEN sentiment = 'negative' THEN 1 ELSE 0 END) AS g,"
                + " SUM(CASE WHEN sentiment = 'negative' AND resolved_at IS NULL THEN 1 ELSE 0 END) AS o"
                + " FROM support_case WHERE customer_id IS NOT NULL AND created_at >= TIMESTAMP WITH TIME ZONE '%s"
                + " 00:00:00+00' AND created_at < %s GROUP BY customer_id";
        String now = per.formatted(from, dayAfter(to));
        String then = per.formatted(earlier, dayAfter(from.minusDays(1)));
        Map<String, Long> m = new HashMap<>();
        m.put(
                "activeCustomers",
                counts("SELECT 'x', COUNT(*) FROM (" + now + ") a").get("x"));
        m.put(
                "repeat2",
                counts("SELECT 'x', COUNT(*) FROM (" + now + ") a WHERE a.n >= 2")
                        .get("x"));
        m.put(
                "repeat3",
                counts("SELECT 'x', COUNT(*) FROM (" + now + ") a WHERE a.n >= 3")
                        .get("x"));
        m.put(
                "atRisk",
                counts("SELECT 'x', COUNT(*) FROM (" + now + ") a WHERE a.o > 0 OR a.g >= 2")
                        .get("x"));
        m.put(
                "activeBefore",
                counts("SELECT 'x', COUNT(*) FROM (" + then + ") b").get("x"));
        m.put(
                "retained",
                counts("SELECT 'x', COUNT(*) FROM (" + now + ") a JOIN (" + then
                                + ") b ON b.customer_id = a.customer_id")
                        .get("x"));
        return m;
    }

    private static Integer nullable(String value) {
        return value.equals("null") ? null : Integer.valueOf(value);
    }

    @Test
    void satisfactionAveragesTheRatingsGivenInThePeriod() throws SQLException {
        ReportTable table = run(ReportKind.SATISFACTION, GroupBy.CHANNEL);
        Map<String, Long> ratings =
                counts("SELECT LOWER(channel), COUNT(*) FROM support_case WHERE csat_score IS NOT NULL AND "
                        + period("csat_at") + " GROUP BY LOWER(channel)");
        Map<String, Long> sums =
                counts("SELECT LOWER(channel), SUM(csat_score) FROM support_case WHERE csat_score IS NOT NULL AND "
                        + period("csat_at") + " GROUP BY LOWER(channel)");
        for (ReportRow row : table.rows()) {
            assertEquals(ratings.get(row.group()), row.figures().get("ratings"), row.group());
            assertEquals(
                    (double) sums.get(row.group()) / ratings.get(row.group()),
                    row.figures().get("averageScore").doubleValue(),
                    0.005);
        }
    }

    @Test
    void productsComplainPerThousandOwnedUnits() throws SQLException {
        ReportTable table = run(ReportKind.PRODUCTS, GroupBy.PRODUCT);
        Map<String, Long> units =
                counts("SELECT p.code, COUNT(*) FROM owned_product o JOIN product p ON p.id = o.product_id"
                        + " WHERE o.purchased_on <= DATE '" + TO + "' GROUP BY p.code");
        Map<String, Long> cases =
                counts("SELECT p.code, COUNT(*) FROM support_case c JOIN product p ON p.id = c.product_id" + " WHERE "
                        + period("c.created_at") + " GROUP BY p.code");
        ReportRow heater = table.rows().stream()
                .filter(r -> r.group().equals("RP-0"))
                .findFirst()
                .orElseThrow();
        assertEquals(units.get("RP-0"), heater.figures().get("ownedUnits"));
        assertEquals(
                Math.round(1_000_000.0 * cases.get("RP-0") / units.get("RP-0")) / 1000.0,
                heater.figures().get("casesPer1000Units"));
    }

    @Test
    void repeatComplainersAreCountedAndTheDrillDownHidesWhoWithdrewOrWasErased() throws SQLException {
        ReportTable table = run(ReportKind.CUSTOMERS, GroupBy.MEASURE);
        Map<String, Long> perCustomer = counts("SELECT CAST(customer_id AS VARCHAR(20)), COUNT(*) FROM support_case"
                + " WHERE customer_id IS NOT NULL AND " + period("created_at") + " GROUP BY customer_id");
        long repeat2 = perCustomer.values().stream().filter(n -> n >= 2).count();
        ReportRow row = table.rows().stream()
                .filter(r -> r.group().equals("repeat2"))
                .findFirst()
                .orElseThrow();
        assertEquals(repeat2, row.figures().get("customers"));

        var em = jpa.entityManager();
        var drill = new ReportDrillDown(em, new AnalyticsExclusions(em), new AuditLog(em, Clock.systemUTC()));
        var shown = jpa.inTransaction(
                e -> drill.open(query(ReportKind.CUSTOMERS, GroupBy.MEASURE), "repeat2", "sup@example.com"));
        long hidden = perCustomer.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .filter(e ->
                        Long.parseLong(e.getKey()) == history.withdrawn || Long.parseLong(e.getKey()) == history.erased)
                .count();
        assertTrue(hidden > 0, "the history has a hidden repeat complainer to test with");
        assertEquals(hidden, shown.withheld());
        assertEquals(repeat2 - hidden, shown.customers().size());
        assertTrue(shown.customers().stream().noneMatch(c -> c.id() == history.withdrawn || c.id() == history.erased));
        assertEquals(
                1L,
                counts("SELECT actor, COUNT(*) FROM audit_entry WHERE action = 'report.drilldown' GROUP BY actor")
                        .get("sup@example.com"));
    }

    @Test
    void selfServiceCountsSearchesAndTheOnesThatFoundNothing() throws SQLException {
        HelpCentreUsage usage = new HelpCentreUsage(jpa.entityManager(), Clock.systemUTC());
        jpa.inTransaction(em -> {
            usage.searched("kettle leaks", "en", 3);
            usage.searched("=cmd|' /C calc'!A0", "en", 0);
            usage.searched("frullatore rotto", "it", 0);
            usage.searched("  ", "en", 0); // not a search
            return null;
        });
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        ReportTable table =
                reports.run(new ReportQuery(ReportKind.SELF_SERVICE, today, today, GroupBy.DAY, ReportFilter.NONE));
        assertEquals(
                counts("SELECT 'x', COUNT(*) FROM kb_search_log").get("x"),
                table.total().figures().get("searches"));
        assertEquals(2L, table.total().figures().get("zeroResultSearches"));
        ReportTable queries =
                reports.run(new ReportQuery(ReportKind.SELF_SERVICE, today, today, GroupBy.QUERY, ReportFilter.NONE));
        assertEquals(
                List.of("=cmd|' /c calc'!a0", "frullatore rotto"),
                queries.rows().stream().map(ReportRow::group).toList());
        assertTrue(
                org.caredesk.domain.report.ReportCsv.of(queries).contains("\r\n'=cmd|' /c calc'!a0,"),
                "a formula-like search is defused in CSV");
    }

    @Test
    void aScheduledReportIsMailedOnceWhenDueThenWaitsForItsNextRun() {
        var em = jpa.entityManager();
        java.time.Instant sixAm = java.time.Instant.parse("2026-08-01T06:00:00Z");
        Clock clock = Clock.fixed(sixAm.minusSeconds(3600), java.time.ZoneOffset.UTC);
        var outbox = new org.caredesk.domain.mail.MailOutbox(em, clock);
        var mailer = new org.caredesk.domain.mail.Mailer(
                outbox,
                org.caredesk.domain.mail.MailSettings.from(key -> null),
                new org.caredesk.domain.platform.CareDeskSettings(
                        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), null, null, null, true, 10),
                null);
        var scheduled = new org.caredesk.domain.report.ReportSchedules(em, reports, mailer, clock);
        jpa.inTransaction(e -> scheduled.schedule(
                "report.sup@example.com",
                ReportKind.VOLUME,
                GroupBy.CHANNEL,
                org.caredesk.domain.report.ReportSchedule.Frequency.DAILY,
                "it"));
        int early = jpa.inTransaction(e -> scheduled.sendDue());
        assertEquals(0, early, "not due before 06:00");
        var atSix = new org.caredesk.domain.report.ReportSchedules(
                em, reports, mailer, Clock.fixed(sixAm, java.time.ZoneOffset.UTC));
        int due = jpa.inTransaction(e -> atSix.sendDue());
        int again = jpa.inTransaction(e -> atSix.sendDue());
        assertEquals(1, due);
        assertEquals(0, again, "sent once");
        var mails = jpa.inTransaction(e -> outbox.to("report.sup@example.com", 5));
        assertEquals(1, mails.size());
        assertEquals("Rapporto CareDesk: volume, 2026-07-31", mails.get(0).subject());
        var next = jpa.inTransaction(e -> scheduled.of("report.sup@example.com"))
                .get(0)
                .getNextRunAt();
        assertEquals(java.time.Instant.parse("2026-08-02T06:00:00Z"), next);
    }

    @Test
    void aTeamFilterIsRefusedUntilTeamsExist() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> reports.run(new ReportQuery(
                        ReportKind.VOLUME,
                        FROM,
                        TO,
                        GroupBy.DAY,
                        new ReportFilter(null, null, null, null, null, "north"))));
        assertEquals("team: teams are not available yet", e.getMessage());
    }

    private ReportTable run(ReportKind kind, GroupBy groupBy) {
        return jpa.inTransaction(em -> reports.run(query(kind, groupBy)));
    }

    private static ReportQuery query(ReportKind kind, GroupBy groupBy) {
        return new ReportQuery(kind, FROM, TO, groupBy, ReportFilter.NONE);
    }

    private static String period(String column) {
        return column + " >= TIMESTAMP WITH TIME ZONE '" + FROM + " 00:00:00+00' AND " + column + " < " + dayAfter(TO);
    }

    private static String dayAfter(LocalDate day) {
        return "TIMESTAMP WITH TIME ZONE '" + day.plusDays(1) + " 00:00:00+00'";
    }

    private String minutes(String from, String to) {
        return database.name().equals("H2")
                ? "DATEDIFF(MINUTE, " + from + ", " + to + ")"
                : "CAST(EXTRACT(EPOCH FROM (" + to + " - " + from + ")) / 60 AS INTEGER)";
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getString(1), r.getObject(2) == null ? null : r.getLong(2));
            }
        }
        return counts;
    }

    private List<String> strings(String sql) throws SQLException {
        return SqlRows.of(database.dataSource(), sql);
    }
}
