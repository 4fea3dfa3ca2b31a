package org.caredesk.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Waits until the portal, the console and {@code /health} all answer. */
final class ReadinessProbe {
    private static final long POLL_MILLIS = 250;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;

    ReadinessProbe(int port) {
        this.port = port;
    }

    /** Null when ready within {@code timeout}; otherwise what did not answer. */
    String awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String waitingFor = "nothing answered";
        while (Instant.now().isBefore(deadline)) {
            waitingFor = firstNotReady();
            if (waitingFor == null) {
                return null;
            }
            // Polling a local port during start-up; there is no event to wait on instead.
            Thread.sleep(POLL_MILLIS);
        }
        return "not ready after " + timeout.toSeconds() + " s: " + waitingFor;
    }

    /**
     * Asks all three at once: the first answers of the two applications each render a page for the first time,
     * which on two cores is faster side by side than one after the other.
     */
    private String firstNotReady() {
        List<String> paths = List.of("/health", "/", "/console/login.xhtml");
        List<CompletableFuture<Integer>> answers =
                paths.stream().map(this::status).toList();
        for (int i = 0; i < paths.size(); i++) {
            int status = answers.get(i).join();
            if (status != 200) {
                return "http://localhost:" + port + paths.get(i)
                        + (status < 0 ? " did not answer" : " answered " + status);
            }
        }
        return null;
    }

    /** The status the path answers with, or -1 when nothing answered. */
    private CompletableFuture<Integer> status(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode)
                .exceptionally(failure -> -1);
    }
}
