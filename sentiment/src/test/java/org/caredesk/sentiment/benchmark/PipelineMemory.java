package org.caredesk.sentiment.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.text.BundledModels;

/**
 * Model memory: the size of each model file on the classpath, and the heap the loaded pipeline
 * retains (used heap after a full GC with the pipeline reachable, minus before loading it).
 *
 * <p>{@code mvn -q -pl sentiment test-compile exec:exec@model-memory}
 */
public final class PipelineMemory {

    private PipelineMemory() {}

    public static void main(String[] args) throws IOException {
        long total = 0;
        for (String resource : List.of(
                BundledModels.LANGDETECT,
                BundledModels.TOKENIZER_EN,
                BundledModels.SENTENCE_EN,
                "models/sentiment-en.bin",
                "models/sentiment-it.bin")) {
            long size = size(resource);
            total += size;
            System.out.printf(Locale.ROOT, "%-45s %8.1f KiB%n", resource, size / 1024.0);
        }
        System.out.printf(Locale.ROOT, "%-45s %8.1f KiB%n", "model files, total", total / 1024.0);
        long before = usedAfterGc();
        TextPipeline pipeline = TextPipeline.loadDefault();
        long after = usedAfterGc();
        System.out.printf(
                Locale.ROOT,
                "heap retained by TextPipeline.loadDefault(): %.1f MiB%n",
                (after - before) / (1024.0 * 1024.0));
        // Keep the pipeline reachable until after the measurement.
        System.out.println(pipeline.analyze("ok", "en", null).language().isEmpty() ? "" : "(measured after GC)");
    }

    private static long size(String resource) throws IOException {
        try (InputStream in = PipelineMemory.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? -1 : in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
