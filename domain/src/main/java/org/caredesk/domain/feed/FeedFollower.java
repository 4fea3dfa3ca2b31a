package org.caredesk.domain.feed;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows the durable feed table for this application: every event committed by any application
 * on any instance reaches the listeners here (the console's live feed, this application's search
 * index) at once when the event was written in this JVM ({@link FeedBell}) or on another member of the
 * cluster ({@link GridBell}), else within one poll interval (another instance without a grid). Listeners are registered in code rather than as CDI observers,
 * because inside an EAR this bean lives in a shared library that cannot see the web modules' beans.
 */
@ApplicationScoped
public class FeedFollower {
    private static final Logger LOG = Logger.getLogger(FeedFollower.class.getName());
    private static final long POLL_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 1_000;
    private static final int BATCH = 1_000;

    private final FeedReader reader;
    private final List<FeedListener> listeners = new CopyOnWriteArrayList<>();
    private volatile long head = -1;
    private volatile boolean stopped;
    private boolean failing;
    private Thread polling;
    private Optional<GridBell> gridBell = Optional.empty();
    private UUID relaying;

    @Resource
    private ManagedThreadFactory threads;

    protected FeedFollower() {
        this(null);
    }

    @Inject
    public FeedFollower(FeedReader reader) {
        this.reader = reader;
    }

    /**
     * Starts following the events after {@code fromSeq}; later calls do nothing. Starting from a
     * point read before the listeners loaded their state means no change can fall in between.
     */
    public synchronized void start(long fromSeq) {
        if (polling != null) {
            return;
        }
        head = fromSeq;
        Phaser bell = FeedBell.find();
        gridBell = GridBell.find();
        gridBell.ifPresent(grid -> relaying = grid.relayTo(bell));
        polling = threads.newThread(() -> follow(bell));
        polling.setName("caredesk-feed-follower");
        polling.setDaemon(true);
        polling.start();
    }

    /**
     * Polls, then waits for the bell or the poll interval, whichever comes first. While the database
     * cannot be read (restarting, unreachable) it backs off up to {@link #MAX_BACKOFF_MILLIS} and says
     * so once, then carries on from where it stood when the database is back: no restart needed.
     */
    private void follow(Phaser bell) {
        long backoff = POLL_MILLIS;
        while (!stopped) {
            int phase = bell.getPhase();
            boolean read = poll();
            backoff = read ? POLL_MILLIS : Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            try {
                bell.awaitAdvanceInterruptibly(phase, backoff, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // nobody rang: poll anyway, for events from other instances
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public void addListener(FeedListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FeedListener listener) {
        listeners.remove(listener);
    }

    /** The newest event this application has seen. */
    public long head() {
        return head;
    }

    /** Reads and hands on what is new; false when the feed could not be read. */
    private boolean poll() {
        List<FeedRecord> fresh;
        try {
            fresh = reader.after(head, BATCH);
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Reading the live feed failed; retrying until the database answers", e);
            }
            return false;
        }
        if (failing) {
            failing = false;
            LOG.info(() -> "Reading the live feed again, from event " + head);
        }
        if (fresh.isEmpty()) {
            return true;
        }
        head = fresh.get(fresh.size() - 1).seq();
        for (FeedListener listener : listeners) {
            try {
                listener.onEvents(fresh);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A feed listener failed; the others go on", e);
            }
        }
        return true;
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        gridBell.ifPresent(grid -> grid.stopRelaying(relaying));
        if (polling != null) {
            polling.interrupt();
        }
    }
}
