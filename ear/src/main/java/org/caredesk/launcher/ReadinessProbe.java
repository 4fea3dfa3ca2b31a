package org.caredesk.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

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

    private String firstNotReady() {
        for (String path : new String[] {"/health", "/", "/console/login.xhtml"}) {
            int status = status(path);
            if (status != 200) {
                return "http://localhost:" + port + path + (status < 0 ? " did not answer" : " answered " + status);
            }
        }
        return null;
    }

    private int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
