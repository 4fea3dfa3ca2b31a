package org.caredesk.domain.platform;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The data grid Payara Micro runs for a cluster ({@code payara/Hazelcast}): what the members share beyond the
 * database (rate-limit counts, feed wake-ups). Only looked up with {@code CAREDESK_CLUSTER=true}; alone, an
 * instance has no grid and each feature keeps its state in its own memory.
 */
public final class DataGrid {
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    private static final String NAME = "payara/Hazelcast";

    private DataGrid() {}

    /**
     * The grid when this instance is clustered and Payara runs one; else empty, after a warning that says what
     * {@code withoutGrid} stays per instance (when clustering was asked for but no grid is there).
     */
    public static Optional<HazelcastInstance> find(String withoutGrid) {
        String cluster = CareDeskSettings.environment().apply("CAREDESK_CLUSTER");
        if (cluster == null || !Boolean.parseBoolean(cluster.trim())) {
            return Optional.empty();
        }
        try {
            Object found = new InitialContext().lookup(NAME);
            if (found instanceof HazelcastInstance instance) {
                return Optional.of(instance);
            }
            LOG.warning(() -> NAME + " is " + found + ": " + withoutGrid);
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.warning(() -> "No data grid at " + NAME + " (" + e + "): " + withoutGrid);
        }
        return Optional.empty();
    }
}
