package org.caredesk.console.feed;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.caredesk.domain.feed.FeedRecord;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One console's connection to the feed. Frames wait in a bounded queue and go out one at a time
 * with asynchronous sends, so a slow console only delays itself; one that falls more than
 * {@value #MAX_PENDING} events behind is disconnected and can resume where it stopped.
 */
final class FeedSubscriber {
    static final int MAX_PENDING = 2_000;

    private final Session session;
    private final Deque<String> pending = new ArrayDeque<>();
    private long lastQueued;
    private boolean sending;
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
        for (FeedRecord event : log.after(lastQueued)) {
            pending.addLast(FeedFrames.frame(event));
            lastQueued = event.seq();
        }
        if (pending.size() > MAX_PENDING) {
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
        if (sending || closed || pending.isEmpty()) {
            return;
        }
        sending = true;
        session.getAsyncRemote().sendText(pending.pollFirst(), result -> {
            synchronized (this) {
                sending = false;
                if (result.isOK()) {
                    sendNext();
                } else {
                    close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed"));
                }
            }
        });
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
