package org.caredesk.sentiment.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caredesk.sentiment.ProductMatcher;
import org.caredesk.sentiment.TextPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline (language, sentences, tokens, sentiment, hazards, products) on the fifty
 * {@link TypicalMessages}, one thread: the score is messages per second.
 *
 * <p>{@code mvn -q -pl sentiment test-compile exec:exec@jmh}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class TextPipelineBenchmark {

    private TextPipeline pipeline;
    private ProductMatcher catalogue;
    private List<String> messages;

    @Setup
    public void load() {
        pipeline = TextPipeline.loadDefault();
        catalogue = TypicalMessages.catalogue();
        messages = TypicalMessages.MESSAGES;
    }

    @Benchmark
    @OperationsPerInvocation(50)
    public void analyzeFiftyMessages(Blackhole blackhole) {
        for (String message : messages) {
            blackhole.consume(pipeline.analyze(message, null, catalogue));
        }
    }
}
