package org.caredesk.domain.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (restarting, down, refusing connections)
 * from a bug. The first is the caller's cue to answer 503 with Retry-After, the second stays a 500.
 * Recognised anywhere in the cause chain, whatever wrapped it (JTA, JPA, the connection pool).
 */
public final class DatabaseOutage {
    /** SQL states of a lost or refused connection: class 08, PostgreSQL's shutdown states, H2's closed database. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "90098", "90121");
    /**
     * Payara's pool says so only in its message: it cannot open a connection, or every connection is
     * busy beyond the wait time (overload). Either way this request cannot have the database now.
     */
    private static final java.util.List<String> POOL_MESSAGES =
            java.util.List.of("Connection could not be allocated", "Cannot allocate more connections");

    private DatabaseOutage() {}

    public static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && outageState(sql)) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && POOL_MESSAGES.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outageState(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state))) {
                return true;
            }
            if (e.getNextException() == e) {
                break;
            }
        }
        return false;
    }
}
