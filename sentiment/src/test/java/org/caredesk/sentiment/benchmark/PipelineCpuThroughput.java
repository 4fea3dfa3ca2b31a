package org.caredesk.sentiment.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.TextPipeline;

/**
 * Messages per CPU-second of one thread on the fifty {@link TypicalMessages}: the JMH score divides by
 * wall-clock time, which on a machine shared with other builds measures the queue for the cores as
 * much as the pipeline; this divides by the benchmark thread's own CPU time, so it says what one
 * core does when it is ours. Prints figures, asserts nothing. Warm-up: 20 s of wall time.
 *
 * <p>{@code mvn -q -pl sentiment test-compile exec:exec@cpu-throughput}
 */
public final class PipelineCpuThroughput {

    private PipelineCpuThroughput() {}

    public static void main(String[] args) {
        TextPipeline pipeline = TextPipeline.loadDefault();
        ProductMatcher catalogue = TypicalMessages.catalogue();
        List<String> messages = TypicalMessages.MESSAGES;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmUpEnd = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (String m : messages) {
                sink += pipeline.analyze(m, null, catalogue).tokenCount();
            }
        }
        for (int round = 1; round <= 5; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            int analysed = 0;
            while (threads.getCurrentThreadCpuTime() - cpuStart < 3_000_000_000L) {
                for (String m : messages) {
                    sink += pipeline.analyze(m, null, catalogue).tokenCount();
                }
                analysed += messages.size();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %,d messages, %.0f messages per CPU-second, %.0f per wall-clock second%n",
                    round,
                    analysed,
                    analysed / cpuSeconds,
                    analysed / wallSeconds);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
