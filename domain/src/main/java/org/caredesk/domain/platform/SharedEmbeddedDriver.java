package org.caredesk.domain.platform;

import java.sql.Driver;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NameAlreadyBoundException;
import javax.naming.NamingException;

/**
 * One embedded H2 engine for the whole JVM. On Payara Micro each web application loads its own copy
 * of H2, and two engines cannot open one database file: the second used to reach the first through
 * H2's AUTO_SERVER, a TCP listener on every interface. Instead the first application to open the
 * database leaves its driver in the server's naming service ({@link Driver} is a JDK type, so the
 * other application can use it whatever its class loader) and every later one connects through it:
 * no listener, one engine, one file lock.
 */
final class SharedEmbeddedDriver {
    private static final Logger LOG = Logger.getLogger(SharedEmbeddedDriver.class.getName());
    private static final String NAME = "caredesk/embedded-h2-driver";

    private SharedEmbeddedDriver() {}

    /** The JVM's shared driver for embedded H2, {@code own} when this application is the first. */
    static Driver forJvm(Driver own) {
        try {
            InitialContext naming = new InitialContext();
            try {
                return (Driver) naming.lookup(NAME);
            } catch (NamingException missing) {
                try {
                    naming.bind(NAME, own);
                    return own;
                } catch (NameAlreadyBoundException raced) {
                    return (Driver) naming.lookup(NAME);
                }
            }
        } catch (NamingException | RuntimeException e) {
            // Outside a container (tests, the launcher): one application, its own driver.
            LOG.fine(() -> "No JVM-wide H2 driver (" + e + ")");
            return own;
        }
    }
}
