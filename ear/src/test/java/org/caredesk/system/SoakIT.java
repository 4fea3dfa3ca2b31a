package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 8: a soak. One instance (embedded H2, demo data) under mixed load for {@code -Dsoak.minutes}
 * (default 30): of {@code -Dsoak.rate} requests a second (default 20), 70% help searches, 10% case submissions
 * and 20% pages (the portal home, the contact form, the sign-in page), with {@code -Dsoak.consoles} (default 100) consoles
 * attached to the live feed. Every {@code -Dsoak.sampleSeconds} (default 60) it prints the heap after a full GC,
 * threads, open files and answers so far: the resource curves. Asserts no error answer, every acknowledged case
 * stored and every console still receiving; the curves are printed, not asserted.
 */
class SoakIT {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final List<String> QUERIES = List.of(
            "refund", "kettle not heating", "power bank overheating", "warranty claim", "rimborso", "pacco in ritardo");
    private static final List<String> PAGES = List.of("/", "/contact.xhtml", "/login.xhtml");

    @Test
    void mixedLoadWithConsolesAttachedHoldsSteady() throws Exception {
        // Half an hour of load: only when asked for, never in the full suite.
        Assumptions.assumeTrue(System.getProperty("soak.minutes") != null, "soak: run with -Dsoak.minutes=30");
        long minutes = Long.getLong("soak.minutes", 30);
        int rate = Integer.getInteger("soak.rate", 20);
        int consoleCount = Integer.getInteger("soak.consoles", 100);
        long sampleSeconds = Long.getLong("soak.sampleSeconds", 60);
        Map<String, String> env = Map.of(
                "CAREDESK_ANON_LIMIT",
                "0",
                "CAREDESK_DEMO_SMTP_PORT",
                Integer.toString(AppInstance.freePort()),
                "CAREDESK_DEMO_IMAP_PORT",
                Integer.toString(AppInstance.freePort()));
        try (AppInstance instance = AppInstance.fresh("soak", env)) {
            System.out.printf("Soak: ready in %.1f s%n", instance.launch().awaitReady(Faults.START));
            CareDesk app = instance.app();
            List<FeedClient> consoles = new ArrayList<>();
            Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            java.util.concurrent.ExecutorService senders = Executors.newFixedThreadPool(8);
            SplittableRandom random = new SplittableRandom(16);
            try (CaseStream submissions = new CaseStream(app)) {
                for (int i = 0; i < consoleCount; i++) {
                    consoles.add(FeedClient.connect(app, Api.basic(Api.AGENT, Api.AGENT_PASSWORD)));
                }
                // 10% submissions on their own stream (it records what was acknowledged); 90% searches and pages.
                submissions.start(Math.max(1, rate / 10));
                AtomicInteger tick = new AtomicInteger();
                ticker.scheduleAtFixedRate(
                        () -> {
                            int n = tick.incrementAndGet();
                            String path = random.nextInt(9) < 7
                                    ? "/api/v1/kb/search?q="
                                            + URLEncoder.encode(QUERIES.get(n % QUERIES.size()), StandardCharsets.UTF_8)
                                    : PAGES.get(n % PAGES.size());
                            senders.execute(
                                    () -> answers.computeIfAbsent(get(client, app, path), s -> new AtomicInteger())
                                            .incrementAndGet());
                        },
                        0,
                        1_000_000L / Math.max(1, rate - rate / 10),
                        TimeUnit.MICROSECONDS);
                System.out.println("Soak curve: minute, heap after GC (MB), threads, open files, answers, submissions");
                long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
                long began = System.nanoTime();
                while (System.nanoTime() < end) {
                    sample(instance.pid(), began, answers, submissions);
                    TimeUnit.SECONDS.sleep(
                            Math.min(sampleSeconds, Math.max(1, (end - System.nanoTime()) / 1_000_000_000L)));
                }
                ticker.shutdownNow();
                senders.shutdown();
                senders.awaitTermination(60, TimeUnit.SECONDS);
                submissions.stop();
                sample(instance.pid(), began, answers, submissions);

                List<CaseStream.Acknowledged> acknowledged = submissions.acknowledged();
                List<CaseStream.Acknowledged> missing = CaseStream.missing(app, acknowledged);
                CaseStream.Acknowledged last = acknowledged.get(acknowledged.size() - 1);
                for (FeedClient console : consoles) {
                    console.until(
                            "the last case on every console", f -> FeedClient.isCaseCreated(f, last.caseNumber()));
                }
                System.out.printf(
                        "Soak %d min at %d requests/s with %d consoles: answers %s, submissions %s; acknowledged %d,"
                                + " found %d; every console received the last case%n",
                        minutes,
                        rate,
                        consoleCount,
                        sorted(answers),
                        submissions.statuses(),
                        acknowledged.size(),
                        acknowledged.size() - missing.size());
                assertEquals(List.of(), missing, "acknowledged cases not stored");
                assertEquals(Map.of(201, acknowledged.size()), submissions.statuses(), "submission answers");
                assertEquals(
                        Map.of(
                                200,
                                sorted(answers).values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum()),
                        sorted(answers),
                        "search and page answers");
            } finally {
                ticker.shutdownNow();
                senders.shutdownNow();
                consoles.forEach(FeedClient::close);
            }
        }
    }

    private static int get(HttpClient client, CareDesk app, String path) {
        try {
            return client.send(
                            HttpRequest.newBuilder(app.uri(path))
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return CaseStream.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CaseStream.NO_ANSWER;
        }
    }

    private static void sample(long pid, long began, Map<Integer, AtomicInteger> answers, CaseStream submissions)
            throws IOException, InterruptedException {
        run(List.of("jcmd", Long.toString(pid), "GC.run"));
        Matcher used = HEAP_USED.matcher(run(List.of("jcmd", Long.toString(pid), "GC.heap_info")));
        long heapMb = used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
        System.out.printf(
                "Soak curve: %.1f, %d, %d, %d, %s, %s%n",
                (System.nanoTime() - began) / 60e9,
                heapMb,
                count(Path.of("/proc", Long.toString(pid), "task")),
                count(Path.of("/proc", Long.toString(pid), "fd")),
                sorted(answers),
                submissions.statuses());
    }

    private static Map<Integer, Integer> sorted(Map<Integer, AtomicInteger> answers) {
        Map<Integer, Integer> copy = new TreeMap<>();
        answers.forEach((status, n) -> copy.put(status, n.get()));
        return copy;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
