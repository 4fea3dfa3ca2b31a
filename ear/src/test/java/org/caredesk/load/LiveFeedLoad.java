package org.caredesk.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for the live feed: N authenticated consoles on {@code /console/ws/feed} while cases
 * are opened through {@code POST /api/v1/cases} at a fixed rate (open loop: one every 1/rate s,
 * whether or not earlier ones were answered). Checks that every console received every
 * {@code case.created} of this run, with {@code seq} strictly increasing, and prints the latency
 * from the HTTP 201 to the frame at each console. Not a test; never asserts a time. Loopback only:
 * <pre>
 * CAREDESK_ANON_LIMIT=0 java -jar ear/target/caredesk.jar        # anonymous submissions unlimited
 * java -Dload.url=http://localhost:8080 -Dload.consoles=200 -Dload.rate=50 -Dload.seconds=60 \
 *     -cp ear/target/test-classes org.caredesk.load.LiveFeedLoad
 * </pre>
 * Cases are submitted anonymously (as the public form does) unless {@code -Dload.customer=email:password}
 * is given; the app must then run with {@code CAREDESK_ANON_LIMIT=0} or the limit answers 429.
 * Before the measured seconds, a warm-up ({@code -Dload.warmup=S}, 60 s unless given; 0 for none)
 * ramps the rate up from a tenth to all of it and is reported on a line of its own, apart from the
 * measured figures: a server just started runs its hot paths interpreted while the JIT compiles them,
 * and on 2 cores shared with this client it falls seconds behind at the full rate (docs/benchmarks.md
 * gives the figures with and without).
 */
public final class LiveFeedLoad {

    private LiveFeedLoad() {}

    /** What one console saw: each frame's seq, and for case.created frames the case and when it arrived. */
    static final class Console implements WebSocket.Listener {
        final List<Long> seqs = new ArrayList<>();
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (last && partial.length() == 0) {
                seen(data.toString(), now);
            } else {
                partial.append(data);
                if (last) {
                    seen(partial.toString(), now);
                    partial.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }

        /**
         * Reads the frame's seq and, for a new case, its number, by position rather than with a JSON
         * parser or regular expressions: this client shares the server's two cores, and every
         * microsecond it spends per frame (10,000 frames a second) is taken from the server.
         */
        private void seen(String frame, long now) {
            if (!frame.startsWith(SEQ_KEY)) {
                return;
            }
            int seqEnd = frame.indexOf(',', SEQ_KEY.length());
            synchronized (seqs) {
                seqs.add(Long.parseLong(frame, SEQ_KEY.length(), seqEnd, 10));
            }
            if (frame.startsWith(CASE_CREATED, seqEnd + 1)) {
                String number = stringAfter(frame, CASE_NUMBER_KEY);
                if (number != null) {
                    arrivals.putIfAbsent(number, now);
                }
            }
        }
    }

    private static final String SEQ_KEY = "{\"seq\":";
    private static final String CASE_CREATED = "\"type\":\"case.created\"";
    private static final String CASE_NUMBER_KEY = "\"caseNumber\":\"";

    /** The JSON string value following {@code key} (our case numbers need no unescaping), or null. */
    static String stringAfter(String json, String key) {
        int start = json.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("load.url", "http://localhost:8080");
        int consoleCount = Integer.getInteger("load.consoles", 200);
        int rate = Integer.getInteger("load.rate", 50);
        int seconds = Integer.getInteger("load.seconds", 60);
        int warmupSeconds = Integer.getInteger("load.warmup", 60);
        String agent = System.getProperty("load.agent", "agent@example.com:agent-demo");
        String customer = System.getProperty("load.customer", "");

        // Several clients, each with its own selector thread, so the load client is not the bottleneck.
        List<HttpClient> wsClients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            wsClients.add(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newFixedThreadPool(2))
                    .build());
        }
        URI feed = URI.create(base.replaceFirst("^http", "ws") + "/console/ws/feed");
        List<Console> consoles = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        for (int i = 0; i < consoleCount; i++) {
            Console console = new Console();
            consoles.add(console);
            sockets.add(wsClients
                    .get(i % wsClients.size())
                    .newWebSocketBuilder()
                    .header("Authorization", basic(agent))
                    .buildAsync(feed, console)
                    .get(30, TimeUnit.SECONDS));
        }
        System.out.printf(
                "%d consoles connected; opening %d cases/s for %d s%s%n",
                consoleCount,
                rate,
                seconds,
                warmupSeconds > 0 ? " after a warm-up of " + warmupSeconds + " s ramping up to that rate" : "");

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        Map<String, Long> created = new ConcurrentHashMap<>();
        Map<String, Long> warmupCreated = new ConcurrentHashMap<>();
        WarmUp warmUp = new WarmUp(rate, warmupSeconds);
        int warmupCases = warmUp.cases();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger ticks = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int total = warmupCases + rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        CompletableFuture<Void> done = new CompletableFuture<>();
        long started = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        double cpuAtStart = clientCpuSeconds();
        ticker.scheduleAtFixedRate(
                () -> {
                    int tick = ticks.getAndIncrement();
                    if (tick < warmUp.ticks() && sent.get() >= warmUp.casesBy(tick)) {
                        return; // still ramping up: this tick's case is not due yet
                    }
                    int n = sent.incrementAndGet();
                    if (n > total) {
                        done.complete(null);
                        return;
                    }
                    inFlight.add(http.sendAsync(caseRequest(base, n, customer), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((response, failure) -> {
                                long now = System.nanoTime();
                                String number = failure == null && response.statusCode() == 201
                                        ? stringAfter(response.body(), CASE_NUMBER_KEY)
                                        : null;
                                if (number != null) {
                                    (n <= warmupCases ? warmupCreated : created).put(number, now);
                                } else {
                                    if (errors.incrementAndGet() <= 5) {
                                        System.out.println("submission failed: "
                                                + (failure != null
                                                        ? failure
                                                        : response.statusCode() + " " + response.body()));
                                    }
                                }
                            }));
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        done.get();
        ticker.shutdown();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .get(60, TimeUnit.SECONDS);

        // Give the last events a moment to arrive (polled, bounded).
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline
                && !(allArrived(consoles, created) && allArrived(consoles, warmupCreated))) {
            Thread.sleep(50);
        }
        if (warmupCases > 0) {
            System.out.print("warm-up, not in the figures below: ");
            reportLatency(consoles, warmupCreated);
        }
        report(consoles, created, errors.get(), total - warmupCases, started);
        System.out.printf(
                "load client CPU: %.1f s over %.1f s of wall time%n",
                clientCpuSeconds() - cpuAtStart,
                (System.nanoTime() - started + TimeUnit.SECONDS.toNanos(warmupSeconds)) / 1e9);
        for (WebSocket socket : sockets) {
            socket.abort();
        }
        System.exit(0);
    }

    /**
     * The warm-up: the rate ramps from a tenth of the target to all of it, so that a server just
     * started compiles its hot paths at a load it can carry instead of building a backlog that the
     * measured part would inherit.
     */
    record WarmUp(int rate, int seconds) {
        int ticks() {
            return rate * seconds;
        }

        /** Cases due by the given tick (one tick per 1/rate s): the integral of the ramp. */
        int casesBy(int tick) {
            double t = (double) tick / rate;
            return (int) Math.floor(rate * (0.1 * t + 0.45 * t * t / seconds));
        }

        int cases() {
            return seconds == 0 ? 0 : casesBy(ticks());
        }
    }

    private static HttpRequest caseRequest(String base, int n, String customer) {
        String body = "{\"subject\":\"Load test case " + n + "\",\"message\":\"My kettle stopped heating after a week, "
                + "request " + n + ".\",\"language\":\"en\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!customer.isBlank()) {
            request.header("Authorization", basic(customer));
        }
        return request.build();
    }

    private static boolean allArrived(List<Console> consoles, Map<String, Long> created) {
        return consoles.stream().allMatch(c -> c.arrivals.keySet().containsAll(created.keySet()));
    }

    private static void report(List<Console> consoles, Map<String, Long> created, int errors, int total, long started) {
        int outOfOrder = 0;
        for (Console console : consoles) {
            synchronized (console.seqs) {
                for (int i = 1; i < console.seqs.size(); i++) {
                    if (console.seqs.get(i) <= console.seqs.get(i - 1)) {
                        outOfOrder++;
                    }
                }
            }
        }
        System.out.printf(
                "cases submitted %d, created (201) %d, failed %d; seq out of order (whole run) %d%n",
                total, created.size(), errors, outOfOrder);
        reportLatency(consoles, created);
        reportBySlice(consoles, created, started);
    }

    /** Deliveries of the given cases to every console, and the 201-to-frame latency. */
    private static void reportLatency(List<Console> consoles, Map<String, Long> created) {
        long[] latencies = new long[consoles.size() * created.size()];
        int n = 0;
        for (Console console : consoles) {
            for (Map.Entry<String, Long> c : created.entrySet()) {
                Long arrived = console.arrivals.get(c.getKey());
                if (arrived != null) {
                    latencies[n++] = arrived - c.getValue();
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf(
                "deliveries expected %d, received %d, missing %d%n", latencies.length, n, latencies.length - n);
        System.out.printf(
                "201 -> event at console, ms: min %.1f  p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                ms(sorted, 0), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999), ms(sorted, 1));
    }

    /**
     * The same latency per 10 s of the run, by when the case was created: shows whether a tail
     * comes from the first seconds (a server still compiling its hot paths) or from all through.
     */
    private static void reportBySlice(List<Console> consoles, Map<String, Long> created, long started) {
        long slice = TimeUnit.SECONDS.toNanos(10);
        Map<Long, List<Long>> bySlice = new java.util.TreeMap<>();
        for (Console console : consoles) {
            for (Map.Entry<String, Long> c : created.entrySet()) {
                Long arrived = console.arrivals.get(c.getKey());
                if (arrived != null) {
                    bySlice.computeIfAbsent((c.getValue() - started) / slice, k -> new ArrayList<>())
                            .add(arrived - c.getValue());
                }
            }
        }
        bySlice.forEach((index, values) -> {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "  %3d-%3d s: p50 %.1f  p99 %.1f  max %.1f ms%n",
                    index * 10, index * 10 + 10, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1));
        });
    }

    private static double clientCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1));
        return sorted[index] / 1e6;
    }

    private static String basic(String loginAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(loginAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
