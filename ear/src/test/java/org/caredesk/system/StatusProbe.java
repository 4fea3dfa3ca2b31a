package org.caredesk.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks an instance for a few paths over and over (every 100 ms, as a load balancer's health probe
 * or an impatient customer would) while it starts or stops, and counts the answers by path and status.
 */
final class StatusProbe implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final CareDesk app;
    private final List<String> paths;
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final Thread polling;
    private volatile boolean stopped;

    StatusProbe(CareDesk app, List<String> paths) {
        this.app = app;
        this.paths = paths;
        this.polling = new Thread(this::poll, "status-probe-" + app.port());
        polling.setDaemon(true);
    }

    StatusProbe start() {
        polling.start();
        return this;
    }

    private void poll() {
        while (!stopped) {
            for (String path : paths) {
                HttpRequest request = HttpRequest.newBuilder(app.uri(path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build();
                try {
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    answers.merge(path + " " + status, 1, Integer::sum);
                } catch (IOException e) {
                    answers.merge(path + " no answer", 1, Integer::sum);
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                Thread.sleep(100); // a probe's period, not a wait for a result
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** "path status" (or "path no answer") to how often it came. */
    Map<String, Integer> answers() {
        return new TreeMap<>(answers);
    }

    /** The answers that a starting or stopping instance must never give: 404, or 5xx other than 503. */
    Map<String, Integer> broken() {
        Map<String, Integer> broken = new TreeMap<>();
        answers.forEach((key, count) -> {
            String status = key.substring(key.lastIndexOf(' ') + 1);
            if (status.equals("404") || status.startsWith("5") && !status.equals("503")) {
                broken.put(key, count);
            }
        });
        return broken;
    }

    /** Stops probing; a test stops once the instance is ready and reads what was answered while it started. */
    void stop() {
        stopped = true;
        polling.interrupt();
    }

    @Override
    public void close() {
        stop();
    }
}
