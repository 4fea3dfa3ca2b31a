package org.caredesk.domain.feed;

import java.util.concurrent.Phaser;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NameAlreadyBoundException;
import javax.naming.NamingException;

/**
 * A doorbell shared by every application in this JVM: the publisher rings it when a transaction
 * with feed events commits, and followers waiting between polls wake at once instead of at the
 * end of their poll interval. It lives in the server's naming service and is a JDK type
 * ({@link Phaser}), so the two web applications, each with its own class loader, share it without
 * any static state of their own. Polling the table stays the truth: a missed ring (other
 * instances, or a server without a writable naming service) only costs the poll interval.
 */
final class FeedBell {
    private static final Logger LOG = Logger.getLogger(FeedBell.class.getName());
    private static final String NAME = "caredesk/feed-bell";

    private FeedBell() {}

    /** This JVM's bell, or a bell of this application's own when the naming service will not hold one. */
    static Phaser find() {
        try {
            InitialContext naming = new InitialContext();
            try {
                return (Phaser) naming.lookup(NAME);
            } catch (NamingException missing) {
                Phaser bell = new Phaser(1);
                try {
                    naming.bind(NAME, bell);
                    return bell;
                } catch (NameAlreadyBoundException raced) {
                    return (Phaser) naming.lookup(NAME);
                }
            }
        } catch (NamingException | RuntimeException e) {
            LOG.info(() -> "No JVM-wide feed bell (" + e + "); followers rely on polling alone");
            return new Phaser(1);
        }
    }

    /** Wakes every follower waiting on the bell. */
    static void ring(Phaser bell) {
        bell.arrive();
    }
}
