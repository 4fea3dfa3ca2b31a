package org.caredesk.console.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands new events to the connected consoles from a few sender threads of its own, each serving
 * one group of consoles, instead of from the one thread that follows the feed table.
 *
 * <p>Why: sending is most of the feed's work (each frame is written once per console); on the
 * following thread it was one core's worth at most, and it held up this application's other feed
 * listeners while it ran. The senders are long-lived threads woken per event batch rather than a
 * task handed to the managed executor per batch: on Payara Micro 6.2025.10 each such task captures
 * the thread's context, which searched every jar of the application for service files, about a
 * millisecond a task (JFR, 200 consoles at 50 events/s: 8% of the server's CPU).
 *
 * @param <T> a connected console
 */
final class FeedFanOut<T> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FeedFanOut.class.getName());
    private final Set<T> consoles;
    private final Consumer<T> catchUp;
    private final List<Sender> senders = new ArrayList<>();
    private volatile boolean closed;

    FeedFanOut(ThreadFactory threads, Set<T> consoles, int groups, Consumer<T> catchUp) {
        this.consoles = consoles;
        this.catchUp = catchUp;
        int count = Math.max(1, groups);
        for (int group = 0; group < count; group++) {
            senders.add(new Sender(group, count, threads));
        }
        senders.forEach(sender -> sender.thread.start());
    }

    /** Every console catches up, soon, on its group's sender thread. */
    void deliver() {
        for (Sender sender : senders) {
            sender.wake();
        }
    }

    /** The group a console belongs to: fixed for the console's lifetime. */
    static int groupOf(Object console, int groups) {
        return Math.floorMod(System.identityHashCode(console), groups);
    }

    /** Stops the senders; a round under way finishes first. */
    @Override
    public void close() {
        closed = true;
        senders.forEach(sender -> LockSupport.unpark(sender.thread));
    }

    /** Waits up to {@code millis} for every sender thread to end (after {@link #close()}). */
    boolean awaitStopped(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (Sender sender : senders) {
            sender.thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (sender.thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** One console failing must not end the thread that serves its whole group. */
    private void serve(T console) {
        try {
            catchUp.accept(console);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Serving a console failed; the others go on", e);
        }
    }

    private final class Sender implements Runnable {
        private final int group;
        private final int groups;
        private final Thread thread;
        /** Something arrived that this group's consoles have not been given. */
        private final AtomicBoolean fresh = new AtomicBoolean();

        Sender(int group, int groups, ThreadFactory threads) {
            this.group = group;
            this.groups = groups;
            this.thread = threads.newThread(this);
            thread.setName("caredesk-feed-sender-" + group);
            thread.setDaemon(true);
        }

        void wake() {
            fresh.set(true);
            LockSupport.unpark(thread);
        }

        /**
         * Serves a round whenever something fresh arrived. An event that arrives during a round
         * sets the flag again and is served by the next round; a wake-up given before the thread
         * parks makes the park return at once, so none is lost.
         */
        @Override
        public void run() {
            // The container interrupts its managed threads when the application stops: end then too
            // (a park returns at once on an interrupted thread, so going on would spin).
            while (!closed && !Thread.currentThread().isInterrupted()) {
                if (fresh.getAndSet(false)) {
                    for (T console : consoles) {
                        if (groupOf(console, groups) == group) {
                            serve(console);
                        }
                    }
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }
}
