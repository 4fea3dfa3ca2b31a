package org.caredesk.domain.platform;

import jakarta.ejb.EJBException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells a failure because the database cannot be reached (restarting, down, refusing connections)
 * from a bug. The first is the caller's cue to answer 503 with Retry-After, the second stays a 500.
 * Recognised anywhere in the failure's graph (causes, SQL next exceptions, EclipseLink's internal
 * exception, an EJB's caused-by exception, suppressed exceptions), whatever wrapped it (JTA, JPA, EJB,
 * the connection pool).
 *
 * <p>Some wrappers keep only the text of what they wrap. A commit that fails because the connection
 * died between the flush and the commit reaches the caller as {@code TransactionalException} ←
 * {@code SystemException} ← {@code XAException("jakarta.resource.spi.LocalTransactionException: An
 * I/O error occurred while sending to the backend.")}: Payara's connector turns the driver's exception
 * into an {@code XAException} carrying only its {@code toString()}, so no SQL state is left. That is
 * why the messages of a lost connection are recognised too.
 */
public final class DatabaseOutage {
    /**
     * SQL states of a lost or refused connection besides class 08: PostgreSQL's administrator shutdown,
     * crash shutdown and "cannot connect now" (starting up, shutting down), too many connections; H2's
     * closed database and broken connection.
     */
    private static final Set<String> OUTAGE_STATES =
            Set.of("57P01", "57P02", "57P03", "53300", "90067", "90098", "90121");
    /**
     * What a lost, refused or unobtainable connection says, in lower case, for wrappers that keep only the
     * text: Payara's pool (it cannot open a connection, or every connection is busy beyond the wait time),
     * the PostgreSQL driver and server, H2, and the socket underneath.
     */
    private static final List<String> OUTAGE_MESSAGES = List.of(
            "connection could not be allocated",
            "cannot allocate more connections",
            "this connection has been closed",
            "an i/o error occurred while sending to the backend",
            "terminating connection due to administrator command",
            "terminating connection due to unexpected postmaster exit",
            "terminating connection because of crash of another server process",
            "the database system is starting up",
            "the database system is shutting down",
            "the database system is in recovery mode",
            "the database system is not yet accepting connections",
            "the connection attempt failed",
            "database is already closed",
            "connection is broken",
            "connection refused",
            "connection reset",
            "broken pipe");
    /** A failure graph deeper than this is not walked further (no real wrapper nests so deep). */
    private static final int MOST_VISITED = 100;

    private DatabaseOutage() {}

    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < MOST_VISITED) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (saysOutage(t)) {
                return true;
            }
            pending.addAll(wrapped(t));
        }
        return false;
    }

    private static boolean saysOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && outageState(sql.getSQLState())) {
            return true;
        }
        // "Resource manager unavailable": the transaction manager's own word for a database it cannot reach.
        if (t instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
            return true;
        }
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return OUTAGE_MESSAGES.stream().anyMatch(lower::contains);
    }

    private static boolean outageState(String state) {
        return state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state));
    }

    /** Everything {@code t} carries that may be the real failure. */
    private static List<Throwable> wrapped(Throwable t) {
        List<Throwable> inside = new java.util.ArrayList<>();
        if (t.getCause() != null) {
            inside.add(t.getCause());
        }
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            inside.add(sql.getNextException());
        }
        if (t instanceof EclipseLinkException eclipseLink && eclipseLink.getInternalException() != null) {
            inside.add(eclipseLink.getInternalException());
        }
        if (t instanceof EJBException ejb && ejb.getCausedByException() != null) {
            inside.add(ejb.getCausedByException());
        }
        inside.addAll(List.of(t.getSuppressed()));
        return inside;
    }
}
