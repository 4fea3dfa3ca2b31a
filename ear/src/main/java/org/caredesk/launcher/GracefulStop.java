package org.caredesk.launcher;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Properties;
import sun.misc.Signal;

/**
 * What SIGTERM does (an orchestrator stopping the instance): the applications stop taking new work
 * (they answer 503 and readiness turns DOWN, see the domain's ServiceGate), the requests in flight
 * finish and every console's WebSocket is closed with "going away" so it resumes from another
 * instance (the console's FeedLog counts them as work in flight), the HTTP port is closed, then the
 * server stops. Everything within {@link #LIMIT} and a few seconds of shutdown,
 * well inside the 30 s an orchestrator usually grants.
 */
final class GracefulStop {
    static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String DRAINING = "caredesk.draining";
    private static final String IN_FLIGHT = "caredesk.inFlight.";
    private static final long POLL_MILLIS = 50;

    private GracefulStop() {}

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
                + (busy > 0 ? " (" + busy + " still running at the limit)" : "") + "; closing the HTTP port: "
                + closeHttpPort() + "; stopping the server");
        System.exit(0);
    }

    /*
     * The server undeploys the applications before it closes its port, and a request that reached an
     * application meanwhile met it half gone (CDI, JPA) and got a 500. Closed first, the port refuses
     * new connections, which a client or a load balancer takes for what it is: this instance is gone.
     * The same asadmin setting that opens the port after deployment (ServerTuning), through the
     * embedded server's command runner; a failure is reported and the stop goes on.
     */
    private static String closeHttpPort() {
        try {
            ClassLoader runtime = payaraRuntimeLoader();
            Object locator = Class.forName("org.glassfish.internal.api.Globals", true, runtime)
                    .getMethod("getDefaultHabitat")
                    .invoke(null);
            Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner", true, runtime);
            Object runner = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, runtime)
                    .getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, runnerType, new Annotation[0]);
            Object result = runnerType
                    .getMethod("run", String.class, String[].class)
                    .invoke(runner, "set", new String[] {ServerTuning.HTTP_LISTENER + "=false"});
            return String.valueOf(Class.forName("org.glassfish.embeddable.CommandResult", true, runtime)
                    .getMethod("getExitStatus")
                    .invoke(result));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "failed (" + e + ")";
        }
    }

    /** Payara Micro's runtime classes live in a nested class loader, the one its implementation came from. */
    private static ClassLoader payaraRuntimeLoader() throws ReflectiveOperationException {
        Object micro = Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("getInstance")
                .invoke(null);
        Field wrappee = micro.getClass().getDeclaredField("wrappee");
        wrappee.setAccessible(true);
        Object implementation = wrappee.get(micro);
        return implementation == null
                ? Thread.currentThread().getContextClassLoader()
                : implementation.getClass().getClassLoader();
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
