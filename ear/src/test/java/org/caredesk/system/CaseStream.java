package org.caredesk.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of anonymous case submissions ({@code rate} a second, each on its own thread so a
 * slow answer does not hold the next), remembering every case the server acknowledged with 201 and
 * counting every other answer by status. Used by the fault tests: whatever happens to the server,
 * each acknowledged case must be found afterwards.
 */
final class CaseStream implements AutoCloseable {
    /** Status used for requests that got no HTTP answer at all (refused, reset, timed out). */
    static final int NO_ANSWER = 0;

    private static final int MAX_OPEN = 8;

    record Acknowledged(String caseNumber, String trackingCode) {}

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final java.util.concurrent.ExecutorService senders = Executors.newCachedThreadPool();
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> unavailableOffContract = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    /** A client keeps a bounded number of requests open, as a browser or an integration does; the rest wait their turn. */
    private final java.util.concurrent.Semaphore open = new java.util.concurrent.Semaphore(MAX_OPEN);

    private final AtomicInteger skipped = new AtomicInteger();
    private volatile CareDesk target;

    CaseStream(CareDesk target) {
        this.target = target;
    }

    CaseStream start(int perSecond) {
        ticker.scheduleAtFixedRate(
                () -> {
                    if (open.tryAcquire()) {
                        senders.execute(() -> {
                            try {
                                submitOne();
                            } finally {
                                open.release();
                            }
                        });
                    } else {
                        skipped.incrementAndGet(); // the server is slower than the rate: this tick's submission is not
                        // sent
                    }
                },
                0,
                1_000_000 / perSecond,
                TimeUnit.MICROSECONDS);
        return this;
    }

    /** Sends the following submissions to another instance (the load balancer's part). */
    void retarget(CareDesk next) {
        target = next;
    }

    private void submitOne() {
        int n = sent.incrementAndGet();
        String body = Json.createObjectBuilder()
                .add("subject", "Fault stream " + n)
                .add("message", "Submission number " + n + " of the fault stream: my kettle stopped working.")
                .build()
                .toString();
        HttpRequest request = HttpRequest.newBuilder(target.uri("/api/v1/cases"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status;
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = response.statusCode();
            if (status == 201) {
                JsonObject created =
                        Json.createReader(new StringReader(response.body())).readObject();
                acknowledged.add(new Acknowledged(created.getString("caseNumber"), created.getString("trackingCode")));
            } else if (status == 503
                    && (response.headers().firstValue("Retry-After").isEmpty()
                            || !response.body().contains("\"error\":\"unavailable\""))) {
                unavailableOffContract.add(
                        response.headers().firstValue("Retry-After").orElse("no Retry-After") + " " + response.body());
            }
        } catch (IOException e) {
            status = NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    /** Stops sending and waits for the answers still on their way; a test stops mid-way to count what was answered. */
    void stop() {
        ticker.shutdownNow();
        senders.shutdown();
        try {
            senders.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Ticks at which all {@value #MAX_OPEN} requests were still open, so nothing was sent. */
    int skipped() {
        return skipped.get();
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Answers by HTTP status ({@link #NO_ANSWER} for none), sorted. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    /** Answers 500 and above other than 503: each is a broken promise. */
    int serverErrors() {
        return statuses().entrySet().stream()
                .filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** 503 answers without Retry-After or without the contract's JSON error {@code unavailable}. */
    List<String> unavailableOffContract() {
        return List.copyOf(unavailableOffContract);
    }

    /** Answers that are neither the normal 201, a 503 nor no answer at all (the instance gone), by status. */
    Map<Integer, Integer> unexpectedAnswers() {
        Map<Integer, Integer> unexpected = statuses();
        unexpected.keySet().removeAll(java.util.Set.of(201, 503, NO_ANSWER));
        return unexpected;
    }

    /** The acknowledged cases that {@code app} cannot show by their number and tracking code. */
    static List<Acknowledged> missing(CareDesk app, List<Acknowledged> cases) {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return cases.stream()
                .filter(c -> {
                    HttpRequest request = HttpRequest.newBuilder(
                                    app.uri("/api/v1/cases/" + c.caseNumber() + "?trackingCode="
                                            + java.net.URLEncoder.encode(c.trackingCode(), StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    try {
                        return client.send(request, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                    } catch (IOException e) {
                        return true;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return true;
                    }
                })
                .toList();
    }
}
