package org.caredesk.sentiment.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.junit.jupiter.api.Test;

/**
 * The English model against the word-list baseline on the public UCI data, when it is present
 * ({@code ../../shared/data} from this module; absent in a user's clone, then the test skips).
 */
class PublicDataBenchmarkTest {

    private static final Path UCI = Path.of(System.getProperty("caredesk.uci.dir", "../../shared/data/uci-sentiment"));

    @Test
    void modelBeatsTheWordListBaselineOnEveryPublicFile() throws IOException {
        List<Path> files = PublicDataBenchmark.dataFiles(UCI);
        assumeTrue(
                !files.isEmpty(), "public data absent: " + UCI.toAbsolutePath().normalize());
        PublicDataBenchmark benchmark = new PublicDataBenchmark();
        for (Path file : files) {
            PublicDataBenchmark.FileResult r = benchmark.evaluate(file);
            assertTrue(r.sentences() > 0, file.toString());
            assertTrue(
                    r.modelMapped().macroF1() > r.baselineMapped().macroF1(),
                    () -> r.file() + ": model " + r.modelMapped() + " vs baseline " + r.baselineMapped());
            assertTrue(
                    r.modelMiss().macroF1() > r.baselineMiss().macroF1(),
                    () -> r.file() + ", neutral as a miss: model " + r.modelMiss() + " vs baseline "
                            + r.baselineMiss());
            assertTrue(
                    r.modelMapped().accuracy() > r.baselineMapped().accuracy(),
                    () -> r.file() + ", mapped accuracy: model " + r.modelMapped() + " vs baseline "
                            + r.baselineMapped());
        }
    }

    @Test
    void neutralIsMappedToTheNearerPoleByScore() {
        assertEquals(SentimentLabel.POSITIVE, PublicDataBenchmark.mapped(SentimentLabel.NEUTRAL, 0.2));
        assertEquals(SentimentLabel.NEGATIVE, PublicDataBenchmark.mapped(SentimentLabel.NEUTRAL, -0.01));
        assertEquals(SentimentLabel.NEGATIVE, PublicDataBenchmark.mapped(SentimentLabel.NEGATIVE, 0.3));
    }

    @Test
    void missingFolderHasNoFiles() throws IOException {
        assertTrue(PublicDataBenchmark.dataFiles(Path.of("does-not-exist-" + System.nanoTime()))
                .isEmpty());
    }
}
