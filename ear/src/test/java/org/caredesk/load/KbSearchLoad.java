package org.caredesk.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load client for {@code GET /api/v1/kb/search}: N concurrent clients, each sending the
 * next of a rotating set of realistic queries (misspellings, Italian, long questions) as soon as
 * the previous answer arrives, for a fixed time; prints throughput, errors and latency percentiles.
 * Not a test. Run against a running app (loopback only):
 * {@code java -Dload.url=http://localhost:8080 -Dload.clients=50 -Dload.seconds=60 -cp ear/target/test-classes org.caredesk.load.KbSearchLoad}
 * (the run command's build compiles it; {@code exec:java@kb-search-load} in the ear module does the same once the modules are installed)
 */
public final class KbSearchLoad {
    private static final List<String> QUERIES = List.of(
            "refund",
            "refnd not received",
            "where is my parcel",
            "kettle not heating",
            "power bank overheating",
            "how do I reset my password",
            "warranty claim",
            "rimborso",
            "pacco in ritardo",
            "garanzia",
            "damaged parcel",
            "return an item",
            "money back",
            "charger smoke",
            "baby monitor pairing",
            "cancel my order",
            "invoice",
            "two-step verification",
            "e-bike battery range",
            "recall notice serial number",
            "how long does a refund take after returning",
            "heater thermostat broken",
            "airfryer smells burning",
            "change e-mail address");

    private KbSearchLoad() {}

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("load.url", "http://localhost:8080");
        int clients = Integer.getInteger("load.clients", 50);
        int seconds = Integer.getInteger("load.seconds", 60);
        // 0: every client sends its next request as soon as the last one is answered (saturation).
        // Otherwise each client sends one request every load.intervalMillis, as a person typing into the
        // search box would, and latency counts from when the request was due, so a server that falls
        // behind is charged for the wait (no coordinated omission).
        long intervalNanos =
                Duration.ofMillis(Long.getLong("load.intervalMillis", 0)).toNanos();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> run(http, base, offset, intervalNanos, warmUpEnd, end, errors)));
        }
        long[] all = results.stream()
                .map(KbSearchLoad::get)
                .flatMapToLong(Arrays::stream)
                .sorted()
                .toArray();
        pool.shutdown();
        System.out.printf(
                "clients %d (%s), %d s (after 5 s warm-up): %d requests, %.0f requests/s, %d errors%n",
                clients,
                intervalNanos == 0 ? "back to back" : "one request every " + intervalNanos / 1_000_000 + " ms each",
                seconds,
                all.length,
                all.length / (double) seconds,
                errors.get());
        System.out.printf(
                "latency ms: p50 %.2f  p90 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                ms(all, 0.50),
                ms(all, 0.90),
                ms(all, 0.95),
                ms(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static long[] run(
            HttpClient http, String base, int offset, long intervalNanos, long warmUpEnd, long end, AtomicLong errors) {
        long[] latencies = new long[1 << 16];
        int count = 0;
        // Clients start spread over one interval rather than all at once.
        long due = System.nanoTime() + (intervalNanos == 0 ? 0 : intervalNanos * offset / 50);
        for (int i = offset; System.nanoTime() < end; i++) {
            if (intervalNanos > 0) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            String q = QUERIES.get(i % QUERIES.size());
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/kb/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            long start = intervalNanos > 0 ? due : System.nanoTime();
            due += intervalNanos;
            boolean ok;
            try {
                ok = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (Exception e) {
                ok = false;
            }
            long took = System.nanoTime() - start;
            if (start < warmUpEnd) {
                continue;
            }
            if (!ok) {
                errors.incrementAndGet();
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = took;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static long[] get(Future<long[]> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
