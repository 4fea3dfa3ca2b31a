package org.caredesk.kb.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SearchRequest;
import org.caredesk.kb.SearchResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process search latency over 10,000 generated articles: one full search as the portal runs
 * it (first page of 10 with snippets, spelling suggestion and facet counts), queries rotating
 * through realistic ones including misspellings. SampleTime mode reports p50/p99.
 * Run: {@code mvn -pl knowledge-base test-compile exec:exec@jmh} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class SearchBenchmark {

    static final int ARTICLES = 10_000;
    static final long SEED = 20261123L;

    /** language, query: as consumers type them, some misspelt. */
    static final String[][] QUERIES = {
        {"en", "refund"},
        {"en", "how long does a refund take"},
        {"en", "money back"},
        {"en", "refnud"},
        {"en", "where is my parcel"},
        {"en", "parcel late"},
        {"en", "track order"},
        {"en", "tracking numbr"},
        {"en", "return faulty kettle"},
        {"en", "defective product"},
        {"en", "returns label"},
        {"en", "warrenty claim"},
        {"en", "what does the warranty cover"},
        {"en", "serial number"},
        {"en", "forgot my password"},
        {"en", "pasword reset link expired"},
        {"en", "account locked"},
        {"en", "power bank swollen"},
        {"en", "product smokes and smells of burning"},
        {"en", "recall"},
        {"en", "earbuds keep disconnecting"},
        {"en", "heater switches off"},
        {"en", "mower stuck"},
        {"en", "descale coffee machine"},
        {"en", "delete my account gdpr"},
        {"en", "unsubscribe marketing emails"},
        {"it", "rimborso"},
        {"it", "quanto tempo per il rimborso"},
        {"it", "soldi indietro"},
        {"it", "rimborzo"},
        {"it", "dov'è il mio ordine"},
        {"it", "pacco danneggiato"},
        {"it", "garanzzia"},
        {"it", "password dimenticata"},
        {"it", "bollitore non scalda"},
        {"it", "powerbank gonfia"},
    };

    private Path dir;
    private ArticleIndex index;
    private int next;

    @Setup(Level.Trial)
    public void indexArticles() throws IOException {
        dir = Files.createTempDirectory("kb-bench");
        index = ArticleIndex.open(dir);
        index.rebuild(GeneratedArticles.generate(ARTICLES, SEED));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Words whose misspellings {@link #searchUnseenTypo} sends. */
    static final String[][] WORDS = {
        {"en", "refund"},
        {"en", "warranty"},
        {"en", "password"},
        {"en", "parcel"},
        {"en", "delivery"},
        {"en", "kettle"},
        {"en", "battery"},
        {"en", "recall"},
        {"en", "tracking"},
        {"en", "account"},
        {"it", "rimborso"},
        {"it", "garanzia"},
        {"it", "ordine"},
        {"it", "consegna"}
    };

    private final Random random = new Random(SEED);

    /**
     * A misspelling the index has almost certainly not been asked before (one letter replaced, one
     * inserted), so the remembered typo expansions and corrections do not help: the cost of a new typo.
     */
    @Benchmark
    public SearchResult searchUnseenTypo() {
        return index.search(unseenTypo(random));
    }

    static SearchRequest unseenTypo(Random random) {
        String[] picked = WORDS[random.nextInt(WORDS.length)];
        String word = picked[1];
        StringBuilder typo = new StringBuilder(word);
        typo.setCharAt(1 + random.nextInt(word.length() - 1), (char) ('a' + random.nextInt(26)));
        typo.insert(1 + random.nextInt(word.length() - 1), (char) ('a' + random.nextInt(26)));
        return new SearchRequest(typo.toString(), picked[0], 10, 0);
    }

    @Benchmark
    public SearchResult search() {
        String[] q = QUERIES[next++ % QUERIES.length];
        return index.search(new SearchRequest(q[1], q[0], 10, 0));
    }
}
