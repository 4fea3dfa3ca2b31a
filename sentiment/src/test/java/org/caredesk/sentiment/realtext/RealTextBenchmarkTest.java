package org.caredesk.sentiment.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealTextBenchmarkTest {

    @TempDir
    Path empty;

    @Test
    void skipsAndSaysSoWhenNoSetIsPresent() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            RealTextBenchmark.main(new String[] {empty.toString()});
        } finally {
            System.setOut(original);
        }
        assertEquals(
                "real-text-benchmark (sentiment) skipped: no development set under "
                        + empty.toAbsolutePath().normalize(),
                out.toString(StandardCharsets.UTF_8).strip());
    }
}
