package org.caredesk.domain.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
    void aBugOrABadStatementIsNoOutage() {
        assertFalse(DatabaseOutage.isOutage(new IllegalStateException("no such case")));
        assertFalse(DatabaseOutage.isOutage(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isOutage(new PersistenceException(new SQLException("syntax error", "42601"))));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isOutage(first));
    }
}
