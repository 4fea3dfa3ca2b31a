package org.caredesk.domain.ratelimit;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.caredesk.domain.platform.CareDeskSettings;

/**
 * Where the rate limits count. Alone (no CAREDESK_CLUSTER) in this instance's memory; in a cluster in the data
 * grid Payara Micro runs for it ({@code payara/Hazelcast}), so the members share one count per client and two
 * members do not allow twice the limit.
 */
@Dependent // no client proxy: each limiter holds the store itself (a proxy would not pass on package-private calls)
public class RateLimitStore {
    private static final Logger LOG = Logger.getLogger(RateLimitStore.class.getName());
    private static final String GRID_NAME = "payara/Hazelcast";

    private Optional<HazelcastInstance> grid = Optional.empty();

    /** Only in this instance's memory, until {@link #findGrid()} finds a grid. */
    public RateLimitStore() {}

    /** A store on {@code grid}, for tests. */
    RateLimitStore(HazelcastInstance grid) {
        this.grid = Optional.of(grid);
    }

    @PostConstruct
    void findGrid() {
        String cluster = CareDeskSettings.environment().apply("CAREDESK_CLUSTER");
        if (cluster != null && Boolean.parseBoolean(cluster.trim())) {
            grid = lookUpGrid();
        }
    }

    /** Only in this instance's memory, whatever the environment says (unit tests, a single instance). */
    static RateLimitStore local() {
        return new RateLimitStore();
    }

    /** The recent actions of the limit called {@code name} (one map per limit in the grid). */
    RecentActions actions(String name, Duration window) {
        LocalActions local = new LocalActions();
        return grid.<RecentActions>map(g -> new GridActions(g.getMap("caredesk.ratelimit." + name), window, local))
                .orElse(local);
    }

    private static Optional<HazelcastInstance> lookUpGrid() {
        try {
            Object found = new InitialContext().lookup(GRID_NAME);
            if (found instanceof HazelcastInstance instance) {
                LOG.info(() -> "Rate limits are counted in the data grid, shared by its "
                        + instance.getCluster().getMembers().size() + " member(s)");
                return Optional.of(instance);
            }
            LOG.warning(() -> GRID_NAME + " is " + found + ": rate limits are counted per instance");
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.warning(() -> "No data grid at " + GRID_NAME + " (" + e + "): rate limits are counted per instance");
        }
        return Optional.empty();
    }
}
