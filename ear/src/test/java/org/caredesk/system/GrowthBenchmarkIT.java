package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caredesk.growth.HistoryGenerator;
import org.caredesk.growth.HistorySize;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 7: what CareDesk costs at 10,000 and at 1,000,000 contacts (the proportions of
 * {@link HistorySize#ofContacts}), one request at a time: case intake over HTTP, help search, the console's
 * queue page and a case page, the customer 360, the early-warning scan, the sentiment dashboard and an
 * import of 100,000 lines. Prints a table (p50, p99, max in ms and the ratio of the p99s); asserts only
 * that every answer was a success, never a time.
 *
 * <p>Each size runs on a database with a generated history: {@code -Dgrowth.url.10000=jdbc:…} and
 * {@code -Dgrowth.url.1000000=jdbc:…} name ones generated beforehand ({@code exec:java@history}, user
 * postgres); without them the test makes a PostgreSQL server of its own and generates into it. Sizes from
 * {@code -Dgrowth.sizes=10000,1000000}, which is also what makes it run (or {@code -Dgrowth.run=true}). The run changes the database (cases, an import): generate anew to
 * repeat it.
 */
class GrowthBenchmarkIT {
    private static final Pattern SCAN = Pattern.compile("Early-warning scan: ([\\d,]+) contacts in ([\\d,]+) ms");
    private static final Pattern CASE_INDEX = Pattern.compile("Case index .* (rebuilt|is up to date)");
    private static final List<String> QUERIES = List.of(
            "refund",
            "kettle not heating",
            "power bank overheating",
            "warranty claim",
            "rimborso",
            "pacco in ritardo",
            "return an item",
            "charger smoke",
            "recall notice serial number",
            "airfryer smells burning");

    private final Map<String, Map<Long, Figures>> table = new LinkedHashMap<>();

    @Test
    void costAtTenThousandAndAMillionContacts() throws Exception {
        // A benchmark of many minutes (a million-contact history): only when asked for, never in the full suite.
        Assumptions.assumeTrue(
                System.getProperty("growth.sizes") != null || Boolean.getBoolean("growth.run"),
                "growth benchmark: run with -Dgrowth.sizes=10000,1000000 (or -Dgrowth.run=true)");
        List<Long> sizes = new ArrayList<>();
        for (String s : System.getProperty("growth.sizes", "10000,1000000").split(",")) {
            sizes.add(Long.parseLong(s.trim()));
        }
        OwnPostgres own = null;
        try {
            for (long contacts : sizes) {
                String url = System.getProperty("growth.url." + contacts);
                if (url == null) {
                    if (own == null) {
                        own = OwnPostgres.create();
                        own.start();
                    }
                    String database = "growth" + contacts;
                    own.createDatabase(database);
                    url = own.url(database);
                    HistoryGenerator.generate(
                            url, "postgres", "", "", HistorySize.ofContacts(contacts), 20261207L, System.out);
                }
                measure(contacts, url);
            }
        } finally {
            if (own != null) {
                own.close();
            }
        }
        print(sizes);
    }

    private void measure(long contacts, String url) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CAREDESK_DB_URL", url);
        env.put("CAREDESK_DB_USER", "postgres");
        env.put("CAREDESK_DEMO", "true");
        env.put("CAREDESK_ANON_LIMIT", "0");
        env.put("CAREDESK_PASSWORD_ITERATIONS", "1000");
        env.put("CAREDESK_DEMO_SMTP_PORT", Integer.toString(AppInstance.freePort()));
        env.put("CAREDESK_DEMO_IMAP_PORT", Integer.toString(AppInstance.freePort()));
        List<String> openCases;
        List<Long> customers;
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            openCases = column(
                    db,
                    "SELECT case_number FROM support_case WHERE status IN ('NEW', 'OPEN', 'PENDING')"
                            + " ORDER BY id DESC LIMIT 40");
            customers = column(
                            db,
                            "SELECT CAST(customer_id AS VARCHAR(20)) FROM contact WHERE customer_id IS NOT NULL"
                                    + " GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 40")
                    .stream()
                    .map(Long::valueOf)
                    .toList();
        }
        Integer port = Integer.getInteger("growth.port");
        try (AppInstance app = port == null
                ? AppInstance.fresh("growth-" + contacts, env)
                : AppInstance.fresh("growth-" + contacts, env, port)) {
            double started = app.start(Faults.START).awaitReady(Faults.START);
            System.out.printf("Growth %,d contacts: ready in %.1f s%n", contacts, started);
            double settled = awaitSteady(app);
            System.out.printf(
                    "Growth %,d contacts: start's background work done %.1f s after ready%n", contacts, settled);
            Api api = new Api(app.app());
            CookieSession agent = CookieSession.signIn(app.app(), "/console", Api.AGENT, Api.AGENT_PASSWORD);
            CookieSession supervisor =
                    CookieSession.signIn(app.app(), "/console", "supervisor@example.com", "supervisor-demo");
            String supervisorBasic = Api.basic("supervisor@example.com", "supervisor-demo");

            record(
                    contacts,
                    "case intake (POST /api/v1/cases)",
                    100,
                    i -> api.send(api.request("/api/v1/cases")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"Growth " + i
                                    + "\",\"message\":\"My kettle KT-200 stopped heating after a week, please help.\","
                                    + "\"email\":\"growth" + i + "@example.com\",\"language\":\"en\"}"))
                            .build()));
            record(
                    contacts,
                    "help search (GET /api/v1/kb/search)",
                    100,
                    i -> api.get("/api/v1/kb/search?q="
                            + QUERIES.get(i % QUERIES.size()).replace(" ", "+")));
            record(contacts, "console queue page", 20, i -> page(agent, "/console/index.xhtml"));
            record(
                    contacts,
                    "console case page",
                    40,
                    i -> page(agent, "/console/case.xhtml?number=" + openCases.get(i % openCases.size())));
            record(
                    contacts,
                    "customer 360 page",
                    40,
                    i -> page(agent, "/console/customer.xhtml?id=" + customers.get(i % customers.size())));
            record(contacts, "sentiment dashboard", 10, i -> page(supervisor, "/console/supervisor/sentiment.xhtml"));
            record(contacts, "early-warning scan (import of 1 line)", 10, i -> importLines(api, supervisorBasic, 1, i));
            Figures firstScan = new Figures();
            firstScan.add(firstScanMillis(app));
            table.computeIfAbsent("early-warning scan after a start (whole history)", k -> new LinkedHashMap<>())
                    .put(contacts, firstScan);
            // The import runs at about 150 lines a second on the loaded machine: -Dgrowth.importLines sizes it.
            int lines = Integer.getInteger("growth.importLines", 100_000);
            if (lines > 0) {
                Figures bigImport = new Figures();
                long began = System.nanoTime();
                HttpResponse<String> imported = importLines(api, supervisorBasic, lines, 1_000);
                bigImport.add((System.nanoTime() - began) / 1e6);
                assertEquals(
                        200,
                        imported.statusCode(),
                        () -> "import of " + lines + " lines: " + Api.abbreviate(imported.body()));
                assertTrue(imported.body().contains("\"imported\":" + lines), () -> Api.abbreviate(imported.body()));
                table.computeIfAbsent(String.format("import of %,d lines", lines), k -> new LinkedHashMap<>())
                        .put(contacts, bigImport);
            }
        }
    }

    /**
     * Seconds until the start's background work is over, so that the figures are the steady state's: "ready" comes
     * before the case index rebuild (every case), the sentiment roll-up's first build and the early-warning replay,
     * which run on the server's threads for up to minutes at 1,000,000 contacts. Waits for the case index's line in
     * the log, then until the process used under 20% of a core over 10 s (idle, its schedules and feed polls take about 9%).
     */
    private static double awaitSteady(AppInstance app) throws Exception {
        long began = System.nanoTime();
        long deadline = began + Duration.ofMinutes(20).toNanos();
        while (!logHas(app, CASE_INDEX)) {
            assertTrue(System.nanoTime() < deadline, "the case index was neither found current nor rebuilt");
            Thread.sleep(1_000);
        }
        ProcessHandle process = ProcessHandle.of(app.pid()).orElseThrow();
        Duration window = Duration.ofSeconds(10);
        while (true) {
            Duration before = process.info().totalCpuDuration().orElseThrow();
            Thread.sleep(window.toMillis());
            Duration used = process.info().totalCpuDuration().orElseThrow().minus(before);
            if (used.toMillis() < window.toMillis() / 5 || System.nanoTime() > deadline) {
                return (System.nanoTime() - began) / 1e9;
            }
        }
    }

    private static boolean logHas(AppInstance app, Pattern pattern) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(app.log())) {
            if (pattern.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse<String> page(CookieSession session, String path) {
        HttpResponse<String> answer = session.send(session.request(path).GET().build());
        // A friendly error page answers 200 too: the page must be the one asked for.
        if (answer.body().contains("This page is not available")) {
            throw new AssertionError(path + " did not show the page: " + Api.abbreviate(answer.body()));
        }
        return answer;
    }

    private static HttpResponse<String> importLines(Api api, String basic, int lines, int batch) {
        StringBuilder body = new StringBuilder(lines * 200);
        Instant at = Instant.now().minus(Duration.ofMinutes(5));
        for (int i = 0; i < lines; i++) {
            body.append("{\"receivedAt\":\"")
                    .append(at)
                    .append("\",\"channel\":\"web\",\"text\":\"The charger of my power bank got very hot and")
                    .append(" smelled of smoke (growth import ")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append(")\",\"externalId\":\"growth-")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append("\"}\n");
        }
        return api.send(api.request("/console/api/v1/contacts/import")
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", basic)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** The last "Early-warning scan: N contacts in M ms" line whose N is the largest: the replay after the start. */
    private static double firstScanMillis(AppInstance app) throws Exception {
        long most = -1;
        double millis = Double.NaN;
        for (String line : java.nio.file.Files.readAllLines(app.log())) {
            Matcher m = SCAN.matcher(line);
            if (m.find()) {
                long n = Long.parseLong(m.group(1).replace(",", ""));
                if (n > most) {
                    most = n;
                    millis = Long.parseLong(m.group(2).replace(",", ""));
                }
            }
        }
        return millis;
    }

    private void record(long contacts, String what, int times, IntFunction<HttpResponse<String>> call) {
        Figures figures = new Figures();
        for (int i = 0; i < 3; i++) {
            // Warm-up, not counted; the very first call (caches, indexes built on first use) is shown on its own.
            long began = System.nanoTime();
            call.apply(10_000 + i);
            if (i == 0) {
                figures.first = (System.nanoTime() - began) / 1e6;
            }
        }
        for (int i = 0; i < times; i++) {
            long began = System.nanoTime();
            HttpResponse<String> answer = call.apply(i);
            figures.add((System.nanoTime() - began) / 1e6);
            int status = answer.statusCode();
            assertTrue(
                    status == 200 || status == 201,
                    () -> what + " answered " + status + ": " + Api.abbreviate(answer.body()));
        }
        System.out.printf("  %,d contacts, %s: %s%n", contacts, what, figures);
        table.computeIfAbsent(what, k -> new LinkedHashMap<>()).put(contacts, figures);
    }

    private void print(List<Long> sizes) {
        StringBuilder out = new StringBuilder("\nGrowth benchmark (ms, one request at a time; load average ")
                .append(loadAverage())
                .append(")\n| what |");
        sizes.forEach(s -> out.append(String.format(" %,d: p50 / p99 / max |", s)));
        out.append(" p99 ratio |\n|---|");
        sizes.forEach(s -> out.append("---|"));
        out.append("---|\n");
        table.forEach((what, bySize) -> {
            out.append("| ").append(what).append(" |");
            sizes.forEach(s -> out.append(' ')
                    .append(bySize.containsKey(s) ? bySize.get(s).summary() : "-")
                    .append(" |"));
            Figures first = bySize.get(sizes.get(0));
            Figures last = bySize.get(sizes.get(sizes.size() - 1));
            out.append(String.format(
                            " %s |",
                            first == null || last == null ? "-" : String.format("%.2f×", last.p99() / first.p99())))
                    .append('\n');
        });
        System.out.println(out);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    /** Milliseconds of one measurement, in the order taken. */
    private static final class Figures {
        private final List<Double> millis = new ArrayList<>();
        private double first = Double.NaN;

        void add(double ms) {
            millis.add(ms);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        String summary() {
            if (millis.size() == 1) {
                return String.format("%,.0f", millis.get(0));
            }
            return String.format(
                    "%,.0f / %,.0f / %,.0f",
                    percentile(0.5),
                    p99(),
                    millis.stream().mapToDouble(d -> d).max().orElse(0));
        }

        @Override
        public String toString() {
            return summary() + " (" + millis.size() + " requests; the first call before them "
                    + String.format("%,.0f", first) + " ms)";
        }
    }
}
