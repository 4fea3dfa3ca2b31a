package org.caredesk.console.feed;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One console's connection to the feed. Frames wait in a bounded queue and go out with
 * asynchronous sends, at most {@value #IN_FLIGHT} unconfirmed at a time (one at a time costs a
 * round trip through the container per frame, which 200 consoles at 50 events/s cannot afford),
 * so a slow console only delays itself; one that falls more than {@value #MAX_PENDING} events
 * behind is disconnected and can resume where it stopped.
 */
final class FeedSubscriber {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FeedSubscriber.class.getName());
    static final int MAX_PENDING = 1_000;
    static final int IN_FLIGHT = 16;

    private final Session session;
    private final Deque<String> pending = new ArrayDeque<>();
    private long lastQueued;
    private int sending;
    private boolean closed;

    FeedSubscriber(Session session, long startAfter) {
        this.session = session;
        this.lastQueued = startAfter;
    }

    /** Queues every event this console has not been given yet, and starts sending. */
    synchronized void catchUp(FeedLog log) {
        if (closed) {
            return;
        }
        for (FeedLog.Item event : log.after(lastQueued)) {
            pending.addLast(event.frame());
            lastQueued = event.seq();
        }
        if (pending.size() > MAX_PENDING) {
            LOG.info(() -> "A console of " + session.getUserPrincipal().getName() + " fell more than " + MAX_PENDING
                    + " events behind; disconnecting it (it can resume)");
            close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    "Too far behind; reconnect and resume from the last seq received"));
            return;
        }
        sendNext();
    }

    /** The console asked for everything after {@code since}: start over from there. */
    synchronized void resumeFrom(long since, FeedLog log) {
        pending.clear();
        lastQueued = Math.max(0, since);
        catchUp(log);
    }

    private void sendNext() {
        while (sending < IN_FLIGHT && !closed && !pending.isEmpty()) {
            sending++;
            session.getAsyncRemote().sendText(pending.pollFirst(), result -> {
                synchronized (this) {
                    sending--;
                    if (result.isOK()) {
                        sendNext();
                    } else {
                        close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed"));
                    }
                }
            });
        }
    }

    synchronized void close(CloseReason reason) {
        if (closed) {
            return;
        }
        closed = true;
        pending.clear();
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException e) {
            // already closed by the other side
        }
    }
}
