package org.caredesk.domain.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsAnOutage() {
        assertTrue(DatabaseOutage.isOutage(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.isOutage(new RuntimeException(
                new SQLException("terminating connection due to" + " administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isOutage(new IllegalStateException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.isOutage(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isOutage(new RuntimeException(new SQLException("Error in allocating a connection."
                + " Cause: Connection could not be allocated because: Connection to 127.0.0.1:5432 refused."))));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("the database has been closed", "90098"));
        assertTrue(DatabaseOutage.isOutage(batch));
    }

    @Test
    void everyPostgresShutdownStateIsAnOutage() {
        for (String state : new String[] {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03"}) {
            assertTrue(
                    DatabaseOutage.isOutage(new PersistenceException(new SQLException("state " + state, state))),
                    state);
        }
    }

    /**
     * The shape of PostgresFaultsIT's HTTP 500: the insert was flushed, the database went away before the
     * commit. Payara's connector keeps only the driver exception's text in an XAException, the transaction
     * manager wraps that in a SystemException without a message, the @Transactional interceptor in a
     * TransactionalException. No SQL state is left anywhere.
     */
    @Test
    void aCommitThatFailsBecauseTheConnectionDiedIsAnOutage() {
        for (String driverSays : new String[] {
            "An I/O error occurred while sending to the backend.",
            "This connection has been closed.",
            "FATAL: terminating connection due to administrator command"
        }) {
            XAException connector = new XAException("jakarta.resource.spi.LocalTransactionException: " + driverSays);
            connector.errorCode = XAException.XAER_RMERR;
            SystemException manager = new SystemException();
            manager.initCause(connector);
            TransactionalException interceptor = new TransactionalException(
                    "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during"
                            + " commit/rollback: null",
                    manager);
            assertTrue(DatabaseOutage.isOutage(interceptor), driverSays);
        }
    }

    @Test
    void aResourceManagerThatFailedIsAnOutage() {
        XAException unavailable = new XAException(XAException.XAER_RMFAIL);
        SystemException manager = new SystemException();
        manager.initCause(unavailable);
        assertTrue(DatabaseOutage.isOutage(new TransactionalException("commit failed", manager)));
    }

    /** EclipseLink flushes in the transaction's beforeCompletion; the manager rolls back with that as cause. */
    @Test
    void aRollbackAtCommitBecauseTheFlushLostItsConnectionIsAnOutage() {
        DatabaseException flush = DatabaseException.sqlException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        jakarta.transaction.RollbackException marked =
                new jakarta.transaction.RollbackException("Transaction marked for rollback.");
        marked.initCause(flush);
        assertTrue(DatabaseOutage.isOutage(new TransactionalException("commit failed", marked)));
        assertTrue(DatabaseOutage.isOutage(new RollbackException(flush)));
    }

    @Test
    void anEnterpriseBeanWrappingALostConnectionIsAnOutage() {
        EJBException bean = new EJBException(new PersistenceException(
                DatabaseException.sqlException(new SQLException("An I/O error occurred", "08006"))));
        assertTrue(DatabaseOutage.isOutage(bean));
    }

    @Test
    void aDriverMessageWithoutStateIsAnOutage() {
        assertTrue(DatabaseOutage.isOutage(
                new PersistenceException(new SQLException("This connection has been closed."))));
        assertTrue(DatabaseOutage.isOutage(
                new IllegalStateException(new SQLException("FATAL: the database system is starting up"))));
        assertTrue(
                DatabaseOutage.isOutage(new IllegalStateException(new java.net.SocketException("Connection reset"))));
    }

    @Test
    void aLostConnectionSuppressedByALaterFailureIsAnOutage() {
        IllegalStateException later = new IllegalStateException("could not release the lock");
        later.addSuppressed(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.isOutage(later));
    }

    @Test
    void aBugOrABadStatementIsNoOutage() {
        assertFalse(DatabaseOutage.isOutage(new IllegalStateException("no such case")));
        assertFalse(DatabaseOutage.isOutage(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isOutage(new PersistenceException(new SQLException("syntax error", "42601"))));
        XAException other = new XAException("jakarta.resource.spi.LocalTransactionException: deadlock detected");
        other.errorCode = XAException.XAER_RMERR;
        SystemException manager = new SystemException();
        manager.initCause(other);
        assertFalse(DatabaseOutage.isOutage(new TransactionalException("commit failed", manager)));
        jakarta.transaction.RollbackException marked =
                new jakarta.transaction.RollbackException("Transaction marked for rollback.");
        marked.initCause(DatabaseException.sqlException(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isOutage(new TransactionalException("commit failed", marked)));
        assertFalse(DatabaseOutage.isOutage(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isOutage(first));
    }
}
