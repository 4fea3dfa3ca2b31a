package org.caredesk.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls {@code /health} while the app starts, as an orchestrator's readiness probe does. Payara
 * Micro runs every application's health checks from the thread serving {@code /health}; a check
 * the console also declared once broke the console's deployment whenever it was polled during
 * start-up, so every system-test run now starts the app under this probe and counts its answers.
 */
final class HealthPoller implements AutoCloseable {
    private static final Duration INTERVAL = Duration.ofMillis(200);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI health;
    private final AtomicInteger answers = new AtomicInteger();
    private final Thread polling;
    private volatile boolean stopped;

    HealthPoller(URI health) {
        this.health = health;
        this.polling = new Thread(this::poll, "caredesk-it-health-poller");
        polling.setDaemon(true);
    }

    HealthPoller start() {
        polling.start();
        return this;
    }

    /** How many polls got an HTTP answer (any status) so far. */
    int answers() {
        return answers.get();
    }

    private void poll() {
        HttpRequest request = HttpRequest.newBuilder(health)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (!stopped) {
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                answers.incrementAndGet();
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                return;
            }
            try {
                Thread.sleep(INTERVAL.toMillis()); // a probe's period, not a wait for a result
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        stopped = true;
        polling.interrupt();
    }
}
