package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caredesk.domain.cases.CasePriority;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.CaseStatus;
import org.caredesk.domain.cases.CaseWork;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.cases.SlaCalendars;
import org.caredesk.domain.cases.SlaClock;
import org.caredesk.domain.cases.SlaTarget;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.StaffMember;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.views.BuiltInView;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewPage;
import org.caredesk.domain.cases.views.ViewSort;
import org.caredesk.domain.cases.views.ViewSummary;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.team.BusinessCalendar;
import org.caredesk.domain.team.Teams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queue's views in SQL, on each database: keyset pages that neither repeat nor skip a case, the
 * "breached" condition and the urgency order computed from the SLA targets, counts, saved views.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CaseViewsContract {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String AGENT = "views-agent@example.com";

    private TestDatabase database;
    private JpaHarness jpa;
    private CaseViews views;
    private CaseWork work;
    private long nextId = 5_000_000;

    /** The database of this run; each test gets a fresh one (they count every case in it). */
    @Parameter
    TestDatabase.Kind kind;

    @BeforeEach
    void open() throws Exception {
        database = kind.open();
        jpa = new JpaHarness(database);
        var em = jpa.entityManager();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SlaTargets targets = new SlaTargets(em);
        views = new CaseViews(em, new CaseQueue(em, targets, clock), clock);
        work = new CaseWork(em, new CaseQueries(em), new FeedPublisher(em, clock), clock);
        try (Connection c = database.dataSource().getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO app_user (id, email, role, display_name, enabled, created_at, version)"
                    + " VALUES (4999999, '" + AGENT + "', 'AGENT', 'Views Agent', TRUE, CURRENT_TIMESTAMP, 0)");
        }
    }

    @AfterEach
    void close() throws Exception {
        jpa.close();
        database.close();
    }

    /** A web case of normal priority (first answer due in 8 h) received {@code ago} before now. */
    private String insert(
            Duration ago, String status, boolean hazard, String sentiment, Duration answeredAfter, boolean mine)
            throws Exception {
        return insert(ago, status, "NORMAL", "WEB", hazard, sentiment, answeredAfter, mine);
    }

    /**
     * A case written straight into the table, as an import would, then given its SLA times the way a
     * change of targets gives them to every case.
     */
    private String insert(
            Duration ago,
            String status,
            String priority,
            String channel,
            boolean hazard,
            String sentiment,
            Duration answeredAfter,
            boolean mine)
            throws Exception {
        long id = nextId++;
        Instant created = NOW.minus(ago);
        boolean resolved = status.equals("RESOLVED") || status.equals("CLOSED");
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO support_case (id, case_number, tracking_hash,"
                                + " subject, status, priority, channel, language, assignee_id, sentiment, hazard, created_at,"
                                + " updated_at, first_response_at, resolved_at, version)"
                                + " VALUES (?, ?, 'h', 'Subject', ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, "CD-" + id);
            insert.setString(3, status);
            insert.setString(4, priority);
            insert.setString(5, channel);
            if (mine) {
                insert.setLong(6, 4999999);
            } else {
                insert.setNull(6, java.sql.Types.BIGINT);
            }
            insert.setString(7, sentiment);
            insert.setBoolean(8, hazard);
            insert.setObject(9, created.atOffset(ZoneOffset.UTC));
            insert.setObject(10, created.atOffset(ZoneOffset.UTC));
            insert.setObject(
                    11,
                    answeredAfter == null ? null : created.plus(answeredAfter).atOffset(ZoneOffset.UTC));
            insert.setObject(12, resolved ? NOW.minusSeconds(60).atOffset(ZoneOffset.UTC) : null);
            insert.executeUpdate();
        }
        jpa.inTransaction(em -> new SlaTargets(em).rescheduleAll());
        return "CD-" + id;
    }

    private static List<String> numbers(ViewPage page) {
        return page.cases().stream().map(QueueEntry::caseNumber).toList();
    }

    @Test
    void keysetPagesNeitherRepeatNorSkipACase() throws Exception {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            // Every third case shares its creation time with the one before: ties are broken by id.
            all.add(insert(Duration.ofMinutes(500 - (i / 3) * 3L), "OPEN", false, "neutral", null, false));
        }
        insert(Duration.ofMinutes(10), "CLOSED", false, "neutral", null, false);
        CaseCriteria open = BuiltInView.OPEN.criteria();
        ViewPage first = views.page(open, ViewSort.RECEIVED, false, null, AGENT);
        assertEquals(50, first.cases().size());
        assertEquals(61, first.total());
        assertNotNull(first.next());
        ViewPage second = views.page(open, ViewSort.RECEIVED, false, first.next(), AGENT);
        assertNull(second.next());
        List<String> seen = new ArrayList<>(numbers(first));
        seen.addAll(numbers(second));
        assertEquals(all, seen);
        // Descending, the same cases the other way round.
        ViewPage newest = views.page(open, ViewSort.RECEIVED, true, null, AGENT);
        List<String> back = new ArrayList<>(numbers(newest));
        back.addAll(numbers(views.page(open, ViewSort.RECEIVED, true, newest.next(), AGENT)));
        List<String> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, back);
        assertThrows(
                IllegalArgumentException.class, () -> views.page(open, ViewSort.RECEIVED, false, "bm90IG9ucw", AGENT));
    }

    @Test
    void breachedAndTheUrgencyOrderFollowTheSlaTargets() throws Exception {
        String fresh = insert(Duration.ofHours(1), "NEW", false, "neutral", null, false);
        String late = insert(Duration.ofHours(10), "NEW", false, "neutral", null, false);
        String answeredLate = insert(Duration.ofHours(12), "OPEN", false, "neutral", Duration.ofHours(9), true);
        String answeredInTime = insert(Duration.ofHours(12), "OPEN", false, "neutral", Duration.ofHours(2), false);
        String hazard = insert(Duration.ofHours(2), "NEW", true, "neutral", null, false);
        String angry = insert(Duration.ofHours(3), "NEW", false, "negative", null, false);

        ViewPage breached = views.page(BuiltInView.BREACHED.criteria(), ViewSort.RECEIVED, false, null, AGENT);
        assertEquals(List.of(answeredLate, late), numbers(breached));
        // The queue's order: breached, then hazard, then negative, then the nearest deadline (the unanswered
        // late case's first answer was due 2 h ago; the one answered late runs to its resolution target).
        ViewPage urgent = views.page(BuiltInView.OPEN.criteria(), ViewSort.URGENCY, false, null, AGENT);
        assertEquals(List.of(late, answeredLate, hazard, angry, fresh, answeredInTime), numbers(urgent));
        ViewPage afterTwo = views.page(
                BuiltInView.OPEN.criteria(),
                ViewSort.URGENCY,
                false,
                views.page(BuiltInView.OPEN.criteria(), ViewSort.URGENCY, false, null, AGENT)
                        .next(),
                AGENT);
        assertTrue(afterTwo.cases().isEmpty() || afterTwo.next() == null);
    }

    /**
     * The case index compares itself with the database at start-up: the count and the newest change. On
     * PostgreSQL, {@code MAX(c.updatedAt)} reached the Instant converter as a formatted string, the check
     * threw, and the index was never rebuilt.
     */
    @Test
    void theCaseIndexReadsTheCountAndTheNewestChange() throws Exception {
        insert(Duration.ofHours(5), "OPEN", false, "neutral", null, false);
        insert(Duration.ofHours(2), "RESOLVED", false, "neutral", null, false);
        Object[] state = new org.caredesk.domain.cases.search.IndexedCases(jpa.entityManager()).countAndLatest();
        assertEquals(2L, ((Number) state[0]).longValue());
        assertEquals(NOW.minus(Duration.ofHours(2)), state[1]);
    }

    /** The supervision board's oldest new case, read the same way (it used MIN over the converted column). */
    @Test
    void theSupervisionBoardNamesTheOldestNewCase() throws Exception {
        insert(Duration.ofHours(5), "NEW", false, "neutral", null, false);
        insert(Duration.ofHours(2), "NEW", false, "neutral", null, false);
        insert(Duration.ofHours(9), "OPEN", false, "neutral", null, false);
        var figures = new org.caredesk.domain.presence.SupervisionBoard(
                        jpa.entityManager(), Clock.fixed(NOW, ZoneOffset.UTC))
                .queues();
        assertEquals(2, figures.newCases());
        assertEquals(NOW.minus(Duration.ofHours(5)), figures.oldestNewCase());
        assertEquals(null, figures.oldestWaitingChat());
    }

    @Test
    void countsPerViewAndSavedViewsOfTheirOwner() throws Exception {
        insert(Duration.ofHours(1), "NEW", false, "neutral", null, false);
        insert(Duration.ofHours(1), "PENDING", true, "negative", null, true);
        insert(Duration.ofHours(1), "RESOLVED", true, "negative", null, true);
        List<ViewSummary> all = views.views(AGENT);
        assertEquals(
                List.of("mine=1", "unassigned=1", "hazard=1", "breached=0", "waiting=1", "open=2"),
                all.stream().map(v -> v.key() + "=" + v.count()).toList());
        CaseCriteria negative =
                new CaseCriteria(null, CaseCriteria.OPEN, "web", null, null, null, null, null, "negative", null, false);
        ViewSummary saved = jpa.inTransaction(
                em -> new CaseViews(em, new CaseQueue(em, new SlaTargets(em), Clock.systemUTC()), Clock.systemUTC())
                        .save(AGENT, "Angry web", negative, ViewSort.PRIORITY, true));
        List<ViewSummary> withSaved = views.views(AGENT);
        assertEquals(
                "Angry web=1", withSaved.get(6).name() + "=" + withSaved.get(6).count());
        assertTrue(views.view(saved.key(), "someone-else@example.com").isEmpty());
        assertEquals(
                Set.of("negative"),
                Set.of(CaseCriteria.fromQueryString(withSaved.get(6).criteria()).sentiment()));
    }

    /**
     * The menu's six built-in counts are read in one statement (they were six, each reading the open cases), and
     * each equals the count of its view alone, breached and hazardous cases included.
     */
    @Test
    void theMenusBuiltInCountsAreOneStatementAndEachViewsOwnCount() throws Exception {
        insert(Duration.ofHours(1), "NEW", false, "neutral", null, false);
        insert(Duration.ofHours(30), "OPEN", true, "negative", null, true);
        insert(Duration.ofHours(40), "PENDING", false, "negative", null, false);
        insert(Duration.ofHours(2), "PENDING", true, "neutral", Duration.ofMinutes(5), true);
        insert(Duration.ofHours(50), "RESOLVED", true, "negative", null, true);
        CountingDataSource counting = new CountingDataSource(database.dataSource());
        try (JpaHarness counted = new JpaHarness(counting.dataSource())) {
            List<ViewSummary> menu = counted.inTransaction(em -> {
                Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
                CaseViews countedViews = new CaseViews(em, new CaseQueue(em, new SlaTargets(em), clock), clock);
                long before = counting.statements();
                List<ViewSummary> read = countedViews.views(AGENT);
                // One for the six counts, one for the agent's saved views.
                assertEquals(2, counting.statements() - before, "statements for the menu");
                return read;
            });
            for (BuiltInView view : BuiltInView.values()) {
                ViewSummary summary = menu.stream()
                        .filter(v -> v.key().equals(view.key()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(views.count(view.criteria(), AGENT), summary.count(), view.key());
            }
            assertEquals(
                    List.of("mine=2", "unassigned=2", "hazard=2", "breached=2", "waiting=2", "open=4"),
                    menu.stream().map(v -> v.key() + "=" + v.count()).toList());
        }
    }

    /** The queue's product filter: the products of open cases, each once, by name. */
    @Test
    void theProductFilterNamesTheProductsOfOpenCasesOnly() throws Exception {
        String kettle = insert(Duration.ofHours(1), "NEW", false, "neutral", null, false);
        String kettleToo = insert(Duration.ofHours(2), "OPEN", false, "neutral", null, false);
        String airFryer = insert(Duration.ofHours(3), "PENDING", false, "neutral", null, false);
        String toaster = insert(Duration.ofHours(4), "RESOLVED", false, "neutral", null, false);
        try (Connection c = database.dataSource().getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO product (id, code, name, warranty_months, verified, version) VALUES"
                    + " (4999901, 'VW-KT', 'Views Kettle', 24, TRUE, 0),"
                    + " (4999902, 'VW-AF', 'Views Air Fryer', 24, TRUE, 0),"
                    + " (4999903, 'VW-TO', 'Views Toaster', 24, TRUE, 0),"
                    + " (4999904, 'VW-NO', 'Views Unused', 24, TRUE, 0)");
            sql.execute("UPDATE support_case SET product_id = 4999901 WHERE case_number IN ('" + kettle + "', '"
                    + kettleToo + "')");
            sql.execute("UPDATE support_case SET product_id = 4999902 WHERE case_number = '" + airFryer + "'");
            sql.execute("UPDATE support_case SET product_id = 4999903 WHERE case_number = '" + toaster + "'");
        }
        List<String> products = jpa
                .inTransaction(
                        em -> new CaseQueue(em, new SlaTargets(em), Clock.fixed(NOW, ZoneOffset.UTC)).openProducts())
                .stream()
                .filter(p -> p.startsWith("Views "))
                .toList();
        assertEquals(List.of("Views Air Fryer", "Views Kettle"), products);
    }

    /**
     * The urgency order read from the stored SLA times is the order the views computed per row from the
     * targets before (written out below as it was), over two pages and both directions; and it stays so
     * after status and priority changes through the case work and after a supervisor changes the targets.
     */
    @Test
    void theStoredUrgencyOrderIsThePreviousRuleAfterStatusPriorityAndPolicyChanges() throws Exception {
        String[] channels = {"WEB", "EMAIL", "PHONE", "CHAT"};
        String[] priorities = {"LOW", "NORMAL", "HIGH", "URGENT"};
        String[] statuses = {"NEW", "OPEN", "PENDING", "OPEN", "NEW", "RESOLVED"};
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 72; i++) {
            Duration ago = Duration.ofMinutes((i * 977L) % (6 * 24 * 60) + 1);
            Duration answered = i % 3 == 0 ? null : Duration.ofMinutes((i * 53L) % (30 * 60) + 1);
            numbers.add(insert(
                    ago,
                    statuses[i % statuses.length],
                    priorities[(i / 4) % 4],
                    channels[i % 4],
                    i % 7 == 0,
                    i % 5 == 0 ? "negative" : "neutral",
                    answered,
                    false));
        }
        CaseCriteria all = new CaseCriteria(
                null,
                Set.of("new", "open", "pending", "resolved"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
        assertOrderIsThePreviousRule(all);
        assertOrderIsThePreviousRule(BuiltInView.OPEN.criteria());

        StaffMember supervisor = new StaffMember(AGENT, true);
        // Resolving stops the timers; reopening restarts them; a priority change moves the targets.
        jpa.inTransaction(
                em -> work.changeStatus(numbers.get(1), version(numbers.get(1)), CaseStatus.RESOLVED, supervisor));
        jpa.inTransaction(
                em -> work.changeStatus(numbers.get(5), version(numbers.get(5)), CaseStatus.OPEN, supervisor));
        jpa.inTransaction(
                em -> work.changePriority(numbers.get(2), version(numbers.get(2)), CasePriority.URGENT, supervisor));
        jpa.inTransaction(
                em -> work.changeStatus(numbers.get(4), version(numbers.get(4)), CaseStatus.PENDING, supervisor));
        assertOrderIsThePreviousRule(all);
        assertOrderIsThePreviousRule(BuiltInView.OPEN.criteria());

        // A supervisor tightens web and e-mail: many cases breach, others move ahead.
        jpa.inTransaction(em -> {
            new SlaTargets(em)
                    .save(List.of(
                            new SlaTarget("web", "normal", 30, 600),
                            new SlaTarget("email", "low", 60, 120),
                            new SlaTarget("email", "high", 2000, 3000)));
            return null;
        });
        assertOrderIsThePreviousRule(all);
        assertOrderIsThePreviousRule(BuiltInView.OPEN.criteria());
        assertEquals(
                previousRule(BuiltInView.OPEN.criteria()).stream()
                        .filter(Ranked::breached)
                        .count(),
                views.count(BuiltInView.BREACHED.criteria(), AGENT));
    }

    /**
     * A team working weekdays 09:00–17:00: the views count its cases' deadlines in those hours, as the case
     * page's clock does, and the stored times move when the team's hours change and when a case changes team.
     * A web case of normal priority received on Friday at 16:00 owes its first answer after 8 hours: Saturday
     * 00:00 around the clock (breached on Monday at noon), Monday 16:00 in office hours (not breached yet).
     */
    @Test
    void theViewsCountTheBusinessHoursOfTheCasesTeam() throws Exception {
        Instant friday4pm = Instant.parse("2026-12-04T16:00:00Z");
        String office = insert(Duration.between(friday4pm, NOW), "NEW", false, "neutral", null, false);
        String general = insert(Duration.between(friday4pm, NOW), "NEW", false, "neutral", null, false);
        assertEquals(List.of(office, general), breached());

        StaffMember supervisor = new StaffMember(AGENT, true);
        long team =
                jpa.inTransaction(em -> new Teams(em).create("Weekday office").id());
        jpa.inTransaction(em -> work.assignTeam(office, version(office), team, supervisor));
        assertEquals(List.of(office, general), breached(), "no hours set yet: around the clock");

        jpa.inTransaction(em -> new SlaCalendars(em).save(team, "UTC", "mon-fri 09:00-17:00", ""));
        assertEquals(List.of(general), breached());
        Instant due = storedDue(office);
        assertEquals(Instant.parse("2026-12-07T16:00:00Z"), due);
        SlaTarget web = jpa.inTransaction(em -> new SlaTargets(em).lookup().target("web", "normal"));
        assertEquals(
                SlaClock.of(web, BusinessCalendar.parse("UTC", "mon-fri 09:00-17:00", ""), friday4pm, null, null, NOW)
                        .firstResponseDue(),
                due,
                "the case page's clock");

        jpa.inTransaction(em -> work.assignTeam(office, version(office), null, supervisor));
        assertEquals(List.of(office, general), breached(), "back in the general queue: around the clock");
        jpa.inTransaction(em -> work.assignTeam(office, version(office), team, supervisor));
        assertEquals(List.of(general), breached(), "in the team again: its hours");

        jpa.inTransaction(em -> {
            new SlaCalendars(em).clear(team);
            return null;
        });
        assertEquals(List.of(office, general), breached(), "hours removed: around the clock");
        assertEquals(Instant.parse("2026-12-05T00:00:00Z"), storedDue(office));
    }

    private List<String> breached() {
        return numbers(views.page(BuiltInView.BREACHED.criteria(), ViewSort.RECEIVED, false, null, AGENT));
    }

    private Instant storedDue(String number) {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement query =
                        c.prepareStatement("SELECT sla_due_at FROM support_case WHERE case_number = ?")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long version(String number) {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement query =
                        c.prepareStatement("SELECT version FROM support_case WHERE case_number = ?")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertOrderIsThePreviousRule(CaseCriteria criteria) {
        List<String> expected =
                previousRule(criteria).stream().map(Ranked::number).toList();
        assertTrue(expected.size() > CaseViews.PAGE_SIZE, "two pages at least: " + expected.size());
        assertEquals(expected, allPages(criteria, false));
        List<String> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, allPages(criteria, true));
    }

    private List<String> allPages(CaseCriteria criteria, boolean descending) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            ViewPage page = views.page(criteria, ViewSort.URGENCY, descending, after, AGENT);
            seen.addAll(numbers(page));
            after = page.next();
        } while (after != null);
        return seen;
    }

    private record Ranked(
            String number,
            long id,
            boolean breached,
            boolean hazard,
            boolean negative,
            Instant nextDue,
            Instant created) {}

    /**
     * The views' urgency rule before the SLA times were stored, computed here from the raw columns and
     * the targets in force: breached when past the resolution target, unanswered past the first-response
     * target, or answered late; the next deadline the first answer's (or resolution's, if earlier) while
     * unanswered, the resolution's after, none once resolved.
     */
    private List<Ranked> previousRule(CaseCriteria criteria) {
        List<SlaTarget> targets = jpa.inTransaction(em -> new SlaTargets(em).all());
        Instant never = Instant.parse("9999-12-31T00:00:00Z");
        List<Ranked> ranked = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                Statement sql = c.createStatement();
                ResultSet row = sql.executeQuery("SELECT case_number, id, channel, priority, created_at,"
                        + " first_response_at, resolved_at, hazard, sentiment, status FROM support_case")) {
            while (row.next()) {
                if (!criteria.statuses().contains(row.getString(10).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                String channel = row.getString(3).toLowerCase(java.util.Locale.ROOT);
                String priority = row.getString(4).toLowerCase(java.util.Locale.ROOT);
                SlaTarget target = targets.stream()
                        .filter(t -> t.channel().equals(channel) && t.priority().equals(priority))
                        .findFirst()
                        .orElseThrow();
                Instant created =
                        row.getObject(5, java.time.OffsetDateTime.class).toInstant();
                java.time.OffsetDateTime answeredAt = row.getObject(6, java.time.OffsetDateTime.class);
                Instant answered = answeredAt == null ? null : answeredAt.toInstant();
                boolean resolved = row.getObject(7) != null;
                Instant firstDue = created.plus(target.firstResponse());
                boolean breached = created.isBefore(NOW.minus(target.resolution()))
                        || (answered == null && created.isBefore(NOW.minus(target.firstResponse())))
                        || (answered != null && answered.isAfter(firstDue));
                Instant nextDue = resolved
                        ? never
                        : answered == null
                                ? created.plusSeconds(
                                        60L * Math.min(target.firstResponseMinutes(), target.resolutionMinutes()))
                                : created.plus(target.resolution());
                ranked.add(new Ranked(
                        row.getString(1),
                        row.getLong(2),
                        breached,
                        row.getBoolean(8),
                        "negative".equals(row.getString(9)),
                        nextDue,
                        created));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        ranked.sort(java.util.Comparator.comparing((Ranked r) -> !r.breached())
                .thenComparing(r -> !r.hazard())
                .thenComparing(r -> !r.negative())
                .thenComparing(Ranked::nextDue)
                .thenComparing(Ranked::created)
                .thenComparing(Ranked::id));
        return ranked;
    }
}
