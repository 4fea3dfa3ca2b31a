package org.caredesk.domain.platform;

import javax.naming.InitialContext;
import javax.naming.NameAlreadyBoundException;
import javax.naming.NamingException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What this instance (JVM) is doing, as every application in it sees it: which applications have
 * started, which failed to start and why, and whether the instance is stopping (draining). Payara
 * Micro runs the portal and the console as two applications with their own class loaders, so the
 * state lives in the server's naming service as a JDK map; the launcher of {@code caredesk.jar}
 * announces a stop through the system property {@value #DRAINING_PROPERTY}.
 */
public final class InstanceState {
    public static final String DRAINING_PROPERTY = "caredesk.draining";
    /** Where each application publishes how many of its requests are in flight, for the launcher's drain. */
    public static final String IN_FLIGHT_PROPERTY_PREFIX = "caredesk.inFlight.";
    public static final String READY = "ready";
    public static final String STARTING = "starting";
    private static final String NAME = "caredesk/instance-state";
    private static final String FAILED = "failed: ";

    private final ConcurrentMap<String, String> applications;

    private InstanceState(ConcurrentMap<String, String> applications) {
        this.applications = applications;
    }

    /** This JVM's state (or one of this application's own where the naming service holds none). */
    @SuppressWarnings("unchecked")
    public static InstanceState find() {
        try {
            InitialContext naming = new InitialContext();
            try {
                return new InstanceState((ConcurrentMap<String, String>) naming.lookup(NAME));
            } catch (NamingException missing) {
                ConcurrentMap<String, String> fresh = new ConcurrentHashMap<>();
                try {
                    naming.bind(NAME, fresh);
                    return new InstanceState(fresh);
                } catch (NameAlreadyBoundException raced) {
                    return new InstanceState((ConcurrentMap<String, String>) naming.lookup(NAME));
                }
            }
        } catch (NamingException | RuntimeException e) {
            return new InstanceState(new ConcurrentHashMap<>());
        }
    }

    public void starting(String application) {
        applications.put(application, STARTING);
    }

    public void ready(String application) {
        applications.put(application, READY);
    }

    public void failed(String application, String reason) {
        applications.put(application, FAILED + reason);
    }

    public void stopped(String application) {
        applications.remove(application);
    }

    /** Each known application and its state ("starting", "ready" or "failed: why"). */
    public Map<String, String> applications() {
        return Map.copyOf(applications);
    }

    public boolean isReady(String application) {
        return READY.equals(applications.get(application));
    }

    /** An application failed to start: the instance cannot recover without a restart. */
    public String failure() {
        return applications.entrySet().stream().filter(e -> e.getValue().startsWith(FAILED))
                .map(e -> e.getKey() + " " + e.getValue()).findFirst().orElse(null);
    }

    /** The instance is stopping: it takes no new work and finishes what is in flight. */
    public static boolean draining() {
        return Boolean.getBoolean(DRAINING_PROPERTY);
    }
}
