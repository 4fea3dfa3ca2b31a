package org.caredesk.console.presence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.presence.Presence;

/**
 * Counts the feed connections each staff member has open in this application and tells the
 * domain when someone comes (first connection) or goes (last one), then confirms every 30 s that
 * the open ones are still there. Database work runs one step at a time off the WebSocket threads,
 * in the order the connections opened and closed.
 */
@ApplicationScoped
public class PresenceTracker {
    private static final Logger LOG = Logger.getLogger(PresenceTracker.class.getName());

    private final Presence presence;
    private final Map<String, Integer> connections = new ConcurrentHashMap<>();
    private CompletableFuture<Void> steps = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> heartbeat;

    @Resource
    private ManagedScheduledExecutorService executor;

    protected PresenceTracker() {
        this(null);
    }

    @Inject
    public PresenceTracker(Presence presence) {
        this.presence = presence;
    }

    @PostConstruct
    void start() {
        heartbeat = executor.scheduleWithFixedDelay(
                () -> then(() -> presence.stillConnected(List.copyOf(connections.keySet()))), 30, 30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    public void opened(String user) {
        if (connections.merge(user, 1, Integer::sum) == 1) {
            then(() -> presence.connected(user));
        }
    }

    public void closed(String user) {
        if (connections.computeIfPresent(user, (u, n) -> n <= 1 ? null : n - 1) == null) {
            then(() -> presence.disconnected(user));
        }
    }

    private synchronized void then(Runnable step) {
        steps = steps.thenRunAsync(
                () -> {
                    try {
                        step.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Updating presence failed", e);
                    }
                },
                executor);
    }
}
