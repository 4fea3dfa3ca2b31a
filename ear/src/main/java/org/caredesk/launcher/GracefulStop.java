package org.caredesk.launcher;

import sun.misc.Signal;

import java.time.Duration;
import java.util.Properties;

/**
 * What SIGTERM does (an orchestrator stopping the instance): the applications stop taking new work
 * (they answer 503 and readiness turns DOWN, see the domain's ServiceGate), the requests in flight
 * finish, then the server stops, which closes every console's WebSocket with "going away" so it
 * resumes from another instance. Everything within {@link #LIMIT} and a few seconds of shutdown,
 * well inside the 30 s an orchestrator usually grants.
 */
final class GracefulStop {
    static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String DRAINING = "caredesk.draining";
    private static final String IN_FLIGHT = "caredesk.inFlight.";
    private static final long POLL_MILLIS = 50;

    private GracefulStop() {
    }

    static void onSigterm() {
        Signal.handle(new Signal("TERM"), signal -> {
            Thread stopping = new Thread(GracefulStop::stop, "caredesk-graceful-stop");
            stopping.start();
        });
    }

    private static void stop() {
        long started = System.nanoTime();
        System.out.println("CareDesk stopping: no new work taken, finishing the requests in flight");
        System.setProperty(DRAINING, "true");
        long deadline = started + LIMIT.toNanos();
        int busy = inFlight();
        while (busy > 0 && System.nanoTime() < deadline) {
            try {
                // The applications publish their count as they finish requests; nothing to wait on but time.
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                break;
            }
            busy = inFlight();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("CareDesk stopping: requests in flight finished after " + millis + " ms"
                + (busy > 0 ? " (" + busy + " still running at the limit)" : "") + "; stopping the server");
        System.exit(0);
    }

    /** The applications' requests in flight, from the system properties their ServiceGate keeps. */
    private static int inFlight() {
        Properties properties = System.getProperties();
        int total = 0;
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(IN_FLIGHT)) {
                try {
                    total += Integer.parseInt(properties.getProperty(name));
                } catch (NumberFormatException e) {
                    // not ours to judge
                }
            }
        }
        return total;
    }
}
