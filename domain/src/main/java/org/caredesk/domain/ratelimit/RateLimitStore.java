package org.caredesk.domain.ratelimit;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.caredesk.domain.platform.DataGrid;

/**
 * Where the rate limits count. Alone (no CAREDESK_CLUSTER) in this instance's memory; in a cluster in the data
 * grid Payara Micro runs for it ({@code payara/Hazelcast}), so the members share one count per client and two
 * members do not allow twice the limit.
 */
@Dependent // no client proxy: each limiter holds the store itself (a proxy would not pass on package-private calls)
public class RateLimitStore {
    private static final Logger LOG = Logger.getLogger(RateLimitStore.class.getName());

    private Optional<HazelcastInstance> grid = Optional.empty();

    /** Only in this instance's memory, until {@link #findGrid()} finds a grid. */
    public RateLimitStore() {}

    /** A store on {@code grid}, for tests. */
    RateLimitStore(HazelcastInstance grid) {
        this.grid = Optional.of(grid);
    }

    @PostConstruct
    void findGrid() {
        grid = DataGrid.find("rate limits are counted per instance");
        grid.ifPresent(g -> LOG.info(() -> "Rate limits are counted in the data grid, shared by its "
                + g.getCluster().getMembers().size() + " member(s)"));
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
}
