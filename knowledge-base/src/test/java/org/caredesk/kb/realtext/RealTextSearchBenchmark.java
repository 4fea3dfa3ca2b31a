package org.caredesk.kb.realtext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SearchHit;
import org.caredesk.kb.SearchRequest;

/**
 * Help search measured on public FAQ-retrieval collections written by other people
 * ({@code ../shared/data/faq-dev}: StackFAQ dev in English, QA4FAQ dev in Italian): MRR@10 and
 * nDCG@10 of the production search (the FAQs indexed through {@link ArticleIndex}, question as
 * title, answer as body), beside plain BM25 and PostgreSQL full-text search on the same articles.
 * Each collection's queries are also scored in two halves (odd and even positions), so that a
 * change tuned on one half can be seen to hold on the other.
 *
 * <p>Prints figures, asserts nothing; skips with a message when the data or PostgreSQL is absent.
 * Run: {@code ./mvnw -B -q -Preal-text-benchmark -pl knowledge-base test} (the data folder from
 * {@code -Dcaredesk.faq.dir}; {@code -Dcaredesk.faq.misses=N} lists up to N missed queries per collection).
 */
public final class RealTextSearchBenchmark {

    static final double GOAL_EN = 0.88;
    static final double GOAL_IT = 0.52;
    static final double GOAL_OVER_BM25 = 1.15;

    private RealTextSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path faqDev = Path.of(System.getProperty("caredesk.faq.dir", "../shared/data/faq-dev"));
        System.out.println();
        System.out.println("== Help search on public FAQ collections ("
                + faqDev.toAbsolutePath().normalize() + ") ==");
        List<FaqCollection> collections = new ArrayList<>();
        if (Files.isRegularFile(faqDev.resolve(StackFaqReader.FILE))) {
            collections.add(StackFaqReader.read(faqDev));
        } else {
            System.out.println("StackFAQ skipped: " + faqDev.resolve(StackFaqReader.FILE) + " is absent");
        }
        if (Files.isRegularFile(faqDev.resolve(Qa4FaqReader.FAQS))
                && Files.isRegularFile(faqDev.resolve(Qa4FaqReader.QUERIES))) {
            collections.add(Qa4FaqReader.read(faqDev));
        } else {
            System.out.println("QA4FAQ skipped: " + faqDev.resolve("qa4faq") + " is absent");
        }
        int misses = Integer.getInteger("caredesk.faq.misses", 0);
        for (FaqCollection collection : collections) {
            evaluate(collection, collection.language().equals("it") ? GOAL_IT : GOAL_EN, misses);
        }
    }

    private static void evaluate(FaqCollection collection, double goal, int misses) throws IOException {
        System.out.printf(
                "%n%s: %d articles, %d queries (%s)%n",
                collection.name(),
                collection.articles().size(),
                collection.queries().size(),
                collection.language());
        Map<String, List<List<Long>>> rankings = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("kb-faq");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(collection.articles());
            rankings.put(
                    "CareDesk search",
                    rank(
                            collection,
                            q ->
                                    index
                                            .search(new SearchRequest(q, collection.language(), RankingMetrics.K, 0))
                                            .hits()
                                            .stream()
                                            .map(SearchHit::id)
                                            .toList()));
        } finally {
            deleteRecursively(dir);
        }
        try (PlainBm25 bm25 = new PlainBm25(collection.articles())) {
            rankings.put("plain BM25", rank(collection, bm25::search));
        }
        try (PostgresFts pg = new PostgresFts(collection.articles(), collection.language())) {
            rankings.put("PostgreSQL FTS, all words", rank(collection, pg::searchAllWords));
            rankings.put("PostgreSQL FTS, any word", rank(collection, pg::searchAnyWord));
        } catch (SQLException e) {
            System.out.println(
                    "  PostgreSQL FTS skipped: not reachable at " + PostgresFts.url() + " (" + e.getMessage() + ")");
        }
        print(collection, rankings, goal);
        printMisses(collection, rankings.get("CareDesk search"), misses);
    }

    private static void print(FaqCollection collection, Map<String, List<List<Long>>> rankings, double goal) {
        double bm25 = metrics(collection, rankings.get("plain BM25"), 0, 1).mrr();
        System.out.printf(
                "  %-27s %7s %8s %8s   %-15s %-15s%n",
                "engine", "MRR@10", "nDCG@10", "vs BM25", "odd half MRR", "even half MRR");
        rankings.forEach((engine, ranked) -> {
            RankingMetrics all = metrics(collection, ranked, 0, 1);
            System.out.printf(
                    "  %-27s %7.3f %8.3f %7.2fx   %-15.3f %-15.3f%n",
                    engine,
                    all.mrr(),
                    all.ndcg(),
                    all.mrr() / bm25,
                    metrics(collection, ranked, 0, 2).mrr(),
                    metrics(collection, ranked, 1, 2).mrr());
        });
        double ours = metrics(collection, rankings.get("CareDesk search"), 0, 1).mrr();
        System.out.printf(
                "  goal MRR@10 >= %.2f and >= %.2fx plain BM25: %s%n",
                goal, GOAL_OVER_BM25, ours >= goal && ours >= GOAL_OVER_BM25 * bm25 ? "met" : "NOT met");
    }

    /** Metrics over the queries at positions {@code first, first + step, ...}. */
    private static RankingMetrics metrics(FaqCollection collection, List<List<Long>> ranked, int first, int step) {
        RankingMetrics metrics = new RankingMetrics();
        for (int i = first; i < ranked.size(); i += step) {
            metrics.add(ranked.get(i), collection.queries().get(i).relevant());
        }
        return metrics;
    }

    private static void printMisses(FaqCollection collection, List<List<Long>> ranked, int limit) {
        if (limit <= 0) {
            return;
        }
        Map<Long, String> titles = new LinkedHashMap<>();
        collection.articles().forEach(a -> titles.put(a.id(), a.title()));
        int shown = 0;
        for (int i = 0; i < ranked.size() && shown < limit; i++) {
            FaqCollection.Query q = collection.queries().get(i);
            double rr = RankingMetrics.reciprocalRank(ranked.get(i), q.relevant());
            if (rr < 1) {
                shown++;
                Long want = q.relevant().iterator().next();
                System.out.printf(
                        "  miss #%d rr=%.2f  %s%n     want [%d] %s%n     got  %s%n",
                        i,
                        rr,
                        q.text(),
                        want,
                        titles.get(want),
                        ranked.get(i).stream()
                                .limit(2)
                                .map(id -> "[" + id + "] " + titles.get(id))
                                .toList());
            }
        }
    }

    private static List<List<Long>> rank(FaqCollection collection, Engine engine) throws IOException {
        List<List<Long>> rankings = new ArrayList<>();
        for (FaqCollection.Query query : collection.queries()) {
            try {
                rankings.add(engine.search(query.text()));
            } catch (SQLException e) {
                throw new IOException("search failed for: " + query.text(), e);
            }
        }
        return rankings;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @FunctionalInterface
    private interface Engine {
        List<Long> search(String query) throws IOException, SQLException;
    }
}
