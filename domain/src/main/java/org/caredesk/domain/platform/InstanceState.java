package org.caredesk.domain.platform;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What this instance (JVM) is doing, as every application in it sees it: which applications have
 * started, which failed to start and why, and whether the instance is stopping (draining). Payara
 * Micro runs the portal and the console as two applications with their own class loaders, so the
 * state is kept where both (and the launcher of {@code caredesk.jar}) read the same strings: system
 * properties {@value #APPLICATION_PROPERTY_PREFIX}{@code <name>}, and {@value #DRAINING_PROPERTY},
 * which the launcher sets on SIGTERM.
 */
public final class InstanceState {
    public static final String DRAINING_PROPERTY = "caredesk.draining";
    /** Where each application publishes how many of its requests are in flight, for the launcher's drain. */
    public static final String IN_FLIGHT_PROPERTY_PREFIX = "caredesk.inFlight.";

    public static final String APPLICATION_PROPERTY_PREFIX = "caredesk.application.";
    public static final String READY = "ready";
    public static final String STARTING = "starting";
    private static final String FAILED = "failed: ";

    private InstanceState() {}

    /** This JVM's state. */
    public static InstanceState find() {
        return new InstanceState();
    }

    public void starting(String application) {
        System.setProperty(APPLICATION_PROPERTY_PREFIX + application, STARTING);
    }

    public void ready(String application) {
        System.setProperty(APPLICATION_PROPERTY_PREFIX + application, READY);
    }

    public void failed(String application, String reason) {
        System.setProperty(APPLICATION_PROPERTY_PREFIX + application, FAILED + reason);
    }

    public void stopped(String application) {
        System.clearProperty(APPLICATION_PROPERTY_PREFIX + application);
    }

    /** Each known application and its state ("starting", "ready" or "failed: why"). */
    public Map<String, String> applications() {
        Properties properties = System.getProperties();
        Map<String, String> applications = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(APPLICATION_PROPERTY_PREFIX)) {
                applications.put(name.substring(APPLICATION_PROPERTY_PREFIX.length()), properties.getProperty(name));
            }
        }
        return applications;
    }

    public boolean isReady(String application) {
        return READY.equals(System.getProperty(APPLICATION_PROPERTY_PREFIX + application));
    }

    /** An application failed to start: the instance cannot recover without a restart. */
    public String failure() {
        return applications().entrySet().stream()
                .filter(e -> e.getValue().startsWith(FAILED))
                .map(e -> e.getKey() + " " + e.getValue())
                .findFirst()
                .orElse(null);
    }

    /** The instance is stopping: it takes no new work and finishes what is in flight. */
    public static boolean draining() {
        return Boolean.getBoolean(DRAINING_PROPERTY);
    }
}
