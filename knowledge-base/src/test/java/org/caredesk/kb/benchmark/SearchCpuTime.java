package org.caredesk.kb.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntFunction;
import org.caredesk.kb.ArticleIndex;
import org.caredesk.kb.SearchRequest;

/**
 * The same searches as {@link SearchBenchmark}, measured as the CPU time of the searching thread
 * as well as wall-clock time. On a machine shared with other work, wall-clock percentiles mostly
 * measure waiting for a core; the thread's CPU time is what one search costs, and what it would
 * take on a quiet machine. Prints figures, asserts nothing.
 * Run: {@code ./mvnw -q -pl knowledge-base test-compile exec:exec@search-cpu}
 */
public final class SearchCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchCpuTime() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("kb-cpu");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(GeneratedArticles.generate(SearchBenchmark.ARTICLES, SearchBenchmark.SEED));
            String[][] queries = SearchBenchmark.QUERIES;
            IntFunction<SearchRequest> rotating =
                    i -> new SearchRequest(queries[i % queries.length][1], queries[i % queries.length][0], 10, 0);
            Random random = new Random(SearchBenchmark.SEED);
            IntFunction<SearchRequest> typos = i -> SearchBenchmark.unseenTypo(random);
            measure(index, rotating, queries.length * rounds / 4); // warm-up
            measure(index, typos, rounds);
            report("search (36 rotating queries)", measure(index, rotating, queries.length * rounds));
            report("searchUnseenTypo", measure(index, typos, queries.length * rounds / 4));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long[][] measure(ArticleIndex index, IntFunction<SearchRequest> requests, int count) {
        long[] cpu = new long[count];
        long[] wall = new long[count];
        for (int i = 0; i < count; i++) {
            SearchRequest request = requests.apply(i);
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            if (index.search(request) == null) {
                throw new IllegalStateException();
            }
            wall[i] = System.nanoTime() - wallStart;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        return new long[][] {cpu, wall};
    }

    private static void report(String name, long[][] measured) {
        System.out.printf("%s, %d searches%n", name, measured[0].length);
        System.out.printf(
                "  thread CPU ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n",
                ms(measured[0], 0.5), ms(measured[0], 0.9), ms(measured[0], 0.99), ms(measured[0], 1));
        System.out.printf(
                "  wall ms:       p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n",
                ms(measured[1], 0.5), ms(measured[1], 0.9), ms(measured[1], 0.99), ms(measured[1], 1));
    }

    private static double ms(long[] values, double quantile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
