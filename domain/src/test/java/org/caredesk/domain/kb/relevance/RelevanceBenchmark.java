package org.caredesk.domain.kb.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.caredesk.kb.ArticleDocument;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SynonymSet;

/**
 * Lucene against PostgreSQL full-text search on the same demo articles and evaluation set: MRR@10,
 * nDCG@10 and query latency, side by side. Run by hand (see docs/benchmarks.md):
 * {@code mvn -pl domain test-compile exec:java@relevance-benchmark}.
 *
 * <p>PostgreSQL gets a throw-away schema in the {@code test} database (dropped at the end): per
 * article {@code setweight(to_tsvector(cfg, title), 'A') || setweight(to_tsvector(cfg, tags), 'B')
 * || to_tsvector(cfg, body)} with cfg {@code english} or {@code italian} by the article's language,
 * a GIN index, queries through {@code websearch_to_tsquery(cfg, text)} ranked by {@code ts_rank_cd}.
 * Connection from {@code -Dcaredesk.test.pg.url} / {@code .user} / {@code .password}; skipped with a
 * message when PostgreSQL does not answer.
 */
public final class RelevanceBenchmark {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 20;

    private RelevanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        RelevanceSet set = RelevanceSet.load();
        System.out.printf(
                "Evaluation set: %d queries over %d articles, %d measured rounds%n%n",
                set.queries().size(), set.documents().size(), ROUNDS);
        Map<String, Result> results = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("kb-relevance");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(set.documents());
            results.put("Lucene", run(set, q -> SearchRelevanceTest.search(index, q)));
            index.useSynonyms(SynonymSet.empty());
            results.put("Lucene, no synonyms", run(set, q -> SearchRelevanceTest.search(index, q)));
        } finally {
            deleteRecursively(dir);
        }
        try (Connection db = connect()) {
            results.put("PostgreSQL FTS", postgres(db, set));
        } catch (SQLException e) {
            System.out.println(
                    "PostgreSQL FTS skipped: PostgreSQL is not reachable at " + url() + " (" + e.getMessage() + ")");
        }
        print(results);
    }

    /** Relevance from one pass; latency over {@value #ROUNDS} passes after {@value #WARM_UP_ROUNDS} warm-up passes. */
    private static Result run(RelevanceSet set, Function<RelevanceSet.Judged, List<Long>> engine) {
        Map<String, RelevanceMetrics> metrics = new LinkedHashMap<>();
        metrics.put("all", new RelevanceMetrics());
        for (RelevanceSet.Judged q : set.queries()) {
            List<Long> ranked = engine.apply(q);
            metrics.get("all").add(ranked, q.grades());
            metrics.computeIfAbsent(q.language(), l -> new RelevanceMetrics()).add(ranked, q.grades());
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            set.queries().forEach(engine::apply);
        }
        long[] nanos = new long[ROUNDS * set.queries().size()];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (RelevanceSet.Judged q : set.queries()) {
                long start = System.nanoTime();
                engine.apply(q);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        return new Result(metrics, nanos);
    }

    private static Result postgres(Connection db, RelevanceSet set) throws SQLException {
        String schema = "kb_relevance_" + ProcessHandle.current().pid();
        try (Statement st = db.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
            st.execute("CREATE TABLE " + schema + ".article (id bigint PRIMARY KEY, language text NOT NULL, "
                    + "config regconfig NOT NULL, title text, tags text, body text, document tsvector)");
        }
        try {
            load(db, schema, set.documents());
            try (Statement st = db.createStatement()) {
                st.execute("UPDATE " + schema + ".article SET document = setweight(to_tsvector(config, title), 'A')"
                        + " || setweight(to_tsvector(config, tags), 'B') || to_tsvector(config, body)");
                st.execute("CREATE INDEX ON " + schema + ".article USING gin (document)");
                st.execute("ANALYZE " + schema + ".article");
            }
            String sql = "SELECT a.id FROM " + schema + ".article a, websearch_to_tsquery(?::regconfig, ?) q"
                    + " WHERE a.language = ? AND a.document @@ q ORDER BY ts_rank_cd(a.document, q) DESC, a.id LIMIT "
                    + RelevanceMetrics.K;
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                return run(set, q -> query(ps, q));
            }
        } finally {
            try (Statement st = db.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void load(Connection db, String schema, List<ArticleDocument> documents) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + schema
                + ".article (id, language, config, title, tags, body) VALUES (?, ?, ?::regconfig, ?, ?, ?)")) {
            for (ArticleDocument d : documents) {
                ps.setLong(1, d.id());
                ps.setString(2, d.language());
                ps.setString(3, config(d.language()));
                ps.setString(4, d.title());
                ps.setString(
                        5, String.join(", ", d.tags()) + ", " + String.join(", ", d.products()) + ", " + d.category());
                ps.setString(6, plainText(d.body()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Long> query(PreparedStatement ps, RelevanceSet.Judged q) {
        try {
            ps.setString(1, config(q.language()));
            ps.setString(2, q.query());
            ps.setString(3, q.language());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL query failed for: " + q.query(), e);
        }
    }

    private static String config(String language) {
        return language.equals("it") ? "italian" : "english";
    }

    /** The demo bodies use a handful of tags and entities only. */
    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String url() {
        return System.getProperty("caredesk.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", System.getProperty("caredesk.test.pg.user", "postgres"));
        props.setProperty("password", System.getProperty("caredesk.test.pg.password", ""));
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(), props);
    }

    private static void print(Map<String, Result> results) {
        System.out.printf(
                "%-22s %-4s %8s %8s %10s %10s %10s%n",
                "engine", "lang", "MRR@10", "nDCG@10", "mean ms", "p50 ms", "p99 ms");
        results.forEach((engine, r) -> {
            r.metrics()
                    .forEach((language, m) -> System.out.printf(
                            "%-22s %-4s %8.3f %8.3f%s%n",
                            engine, language, m.mrr(), m.ndcg(), language.equals("all") ? r.latency() : ""));
        });
        Result lucene = results.get("Lucene");
        Result pg = results.get("PostgreSQL FTS");
        if (pg != null) {
            double luceneMrr = lucene.metrics().get("all").mrr();
            double pgMrr = pg.metrics().get("all").mrr();
            System.out.printf(
                    "%nLucene MRR@10 is %.0f%% above PostgreSQL FTS (goal: >= 0.85 and >= 20%% above)%n",
                    100 * (luceneMrr / pgMrr - 1));
        }
    }

    private record Result(Map<String, RelevanceMetrics> metrics, long[] nanos) {
        String latency() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return String.format(" %10.3f %10.3f %10.3f", mean, percentile(sorted, 0.50), percentile(sorted, 0.99));
        }

        private static double percentile(long[] sorted, double p) {
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
