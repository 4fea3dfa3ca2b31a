package org.caredesk.domain.persistence;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.SlaTargets;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.views.BuiltInView;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewPage;
import org.caredesk.domain.cases.views.ViewSort;

/**
 * A view refresh at {@code -Dcases=100000} open cases (plus a third as many resolved ones) on PostgreSQL, in a
 * throw-away schema: what the console does on a feed event (the page shown, 50 rows, and the menu's counts),
 * per view and sort, and the next page by keyset. Prints wall-clock percentiles; never asserts. Run by hand:
 * {@code ./mvnw -q -pl domain test-compile exec:java@view-refresh-benchmark}.
 */
public final class ViewRefreshBenchmark {
    private static final String AGENT = "agent6@bench.example";

    private ViewRefreshBenchmark() {}

    public static void main(String[] args) throws Exception {
        int open = Integer.getInteger("cases", 100_000);
        try (TestDatabase database = TestDatabase.postgres();
                JpaHarness jpa = new JpaHarness(database)) {
            harness = jpa;
            long started = System.nanoTime();
            fill(database, open);
            // Imported rows get their SLA times as a change of targets gives them (the migration's backfill).
            jpa.inTransaction(em -> new SlaTargets(em).rescheduleAll());
            try (var c = database.dataSource().getConnection();
                    var sql = c.createStatement()) {
                sql.execute("VACUUM ANALYZE support_case");
            }
            System.out.printf(
                    "PostgreSQL schema filled: %,d open and %,d resolved cases in %,d s%n",
                    open, open / 3, (System.nanoTime() - started) / 1_000_000_000L);
            var em = jpa.entityManager();
            SlaTargets targets = new SlaTargets(em);
            CaseViews views = new CaseViews(em, new CaseQueue(em, targets, Clock.systemUTC()), Clock.systemUTC());
            for (BuiltInView view : BuiltInView.values()) {
                for (ViewSort sort : List.of(ViewSort.URGENCY, ViewSort.RECEIVED)) {
                    measure(
                            view.key() + " by " + sort.key(),
                            () -> views.page(view.criteria(), sort, false, null, AGENT));
                }
            }
            measure("open, next page (keyset)", () -> {
                ViewPage first = views.page(BuiltInView.OPEN.criteria(), ViewSort.RECEIVED, false, null, AGENT);
                return views.page(BuiltInView.OPEN.criteria(), ViewSort.RECEIVED, false, first.next(), AGENT);
            });
            measure(
                    "open by updated desc",
                    () -> views.page(BuiltInView.OPEN.criteria(), ViewSort.UPDATED, true, null, AGENT));
            measure("all counts (menu)", () -> views.views(AGENT));
            CaseCriteria filtered = new CaseCriteria(
                    null, CaseCriteria.OPEN, "email", null, null, null, null, null, "negative", null, false);
            measure(
                    "open email negative by received",
                    () -> views.page(filtered, ViewSort.RECEIVED, false, null, AGENT));
        }
    }

    private interface Work {
        Object run();
    }

    private static JpaHarness harness;

    /** Each refresh in one transaction, on one connection, as a request in the application (the harness has no pool). */
    private static void measure(String what, Work work) {
        Work inOne = () -> harness.inTransaction(em -> work.run());
        measureAll(what, inOne);
    }

    private static void measureAll(String what, Work work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        int runs = 30;
        long[] took = new long[runs];
        Object last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = work.run();
            took[i] = System.nanoTime() - t0;
        }
        Arrays.sort(took);
        String size = last instanceof ViewPage page ? page.cases().size() + " rows of " + page.total() : "";
        System.out.printf(
                "%-34s p50 %7.1f ms  p90 %7.1f ms  max %7.1f ms  %s%n",
                what, took[runs / 2] / 1e6, took[runs * 9 / 10] / 1e6, took[runs - 1] / 1e6, size);
    }

    /** Cases spread over two years, a fifth of them assigned to 20 agents, one in 20 hazardous. */
    private static void fill(TestDatabase database, int open) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO app_user (id, email, role, display_name, enabled, created_at, version)"
                    + " SELECT 900000 + g, 'agent' || g || '@bench.example', 'AGENT', 'Agent ' || g, TRUE, now(), 0"
                    + " FROM generate_series(1, 20) g");
            int all = open + open / 3;
            sql.execute("INSERT INTO support_case (id, case_number, tracking_hash, subject, status, priority, channel,"
                    + " language, assignee_id, sentiment, hazard, created_at, updated_at, first_response_at, resolved_at,"
                    + " version) SELECT 1000000 + g, 'CD-' || (2000000 + g), 'h' || g, 'Case ' || g,"
                    + " CASE WHEN g <= " + open
                    + " THEN (ARRAY['NEW','OPEN','PENDING'])[1 + g % 3] ELSE 'RESOLVED' END,"
                    + " (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 5],"
                    + " (ARRAY['WEB','EMAIL','PHONE','CHAT'])[1 + (g / 7) % 4], CASE WHEN g % 4 = 0 THEN 'it' ELSE 'en' END,"
                    + " CASE WHEN g % 5 = 0 THEN 900001 + g % 20 END,"
                    + " (ARRAY['negative','neutral','positive'])[1 + (g / 3) % 3], g % 20 = 0,"
                    + " now() - (g * interval '10 minutes'), now() - (g * interval '5 minutes'),"
                    + " CASE WHEN g % 2 = 0 THEN now() - (g * interval '9 minutes') END,"
                    + " CASE WHEN g > " + open + " THEN now() - (g * interval '1 minute') END, 0"
                    + " FROM generate_series(1, " + all + ") g");
            sql.execute("ANALYZE support_case");
        }
    }
}
