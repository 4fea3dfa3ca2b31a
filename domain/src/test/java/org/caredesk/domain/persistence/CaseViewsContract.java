package org.caredesk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.views.BuiltInView;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewPage;
import org.caredesk.domain.cases.views.ViewSort;
import org.caredesk.domain.cases.views.ViewSummary;
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
        views = new CaseViews(em, new CaseQueue(em, targets, clock), targets, clock);
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
        long id = nextId++;
        Instant created = NOW.minus(ago);
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO support_case (id, case_number, tracking_hash,"
                                + " subject, status, priority, channel, language, assignee_id, sentiment, hazard, created_at,"
                                + " updated_at, first_response_at, version) VALUES (?, ?, 'h', 'Subject', ?, 'NORMAL', 'WEB',"
                                + " 'en', ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, "CD-" + id);
            insert.setString(3, status);
            if (mine) {
                insert.setLong(4, 4999999);
            } else {
                insert.setNull(4, java.sql.Types.BIGINT);
            }
            insert.setString(5, sentiment);
            insert.setBoolean(6, hazard);
            insert.setObject(7, created.atOffset(ZoneOffset.UTC));
            insert.setObject(8, created.atOffset(ZoneOffset.UTC));
            insert.setObject(
                    9,
                    answeredAfter == null ? null : created.plus(answeredAfter).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
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
        ViewSummary saved = jpa.inTransaction(em -> new CaseViews(
                        em,
                        new CaseQueue(em, new SlaTargets(em), Clock.systemUTC()),
                        new SlaTargets(em),
                        Clock.systemUTC())
                .save(AGENT, "Angry web", negative, ViewSort.PRIORITY, true));
        List<ViewSummary> withSaved = views.views(AGENT);
        assertEquals(
                "Angry web=1", withSaved.get(6).name() + "=" + withSaved.get(6).count());
        assertTrue(views.view(saved.key(), "someone-else@example.com").isEmpty());
        assertEquals(
                Set.of("negative"),
                Set.of(CaseCriteria.fromQueryString(withSaved.get(6).criteria()).sentiment()));
    }
}
