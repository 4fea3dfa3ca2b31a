package org.caredesk.console.feed;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One console's connection to the feed. Frames wait in a bounded queue and go out with
 * asynchronous sends, at most {@value #IN_FLIGHT} unconfirmed at a time (one at a time costs a
 * round trip through the container per frame, which 200 consoles at 50 events/s cannot afford),
 * so a slow console only delays itself; one that falls more than {@value #MAX_PENDING} events
 * behind is disconnected and can resume where it stopped.
 *
 * <p>The queue bound alone does not catch a console that stopped reading on Payara Micro 6.2025.10:
 * the container reports an asynchronous send as done once it has queued it, not once the network
 * took it (measured: a console that read nothing took 4,000 frames of 2 KB, 2.8 MB of them in the
 * kernel, without the bound ever being reached). So consoles are also pinged every few seconds, and
 * one that leaves a ping unanswered for 15 s is cut off: clients answer pings only as they read.
 */
final class FeedSubscriber {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FeedSubscriber.class.getName());
    static final int MAX_PENDING = 1_000;
    static final int IN_FLIGHT = 16;
    /** A console that has not answered a ping for this long is taken as stalled. */
    static final long STALL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(15);

    private final Session session;
    private final Deque<String> pending = new ArrayDeque<>();
    private long lastQueued;
    private int sending;
    private boolean closed;
    private long pingSentAt;
    private boolean awaitingPong;
    /**
     * A console that has just connected may be about to ask to resume from an earlier event; live
     * frames wait (queued) until it does, or until {@link #release()}, so that a replay never
     * arrives after a later live frame.
     */
    private boolean holding = true;
    /** {@link #sendNext()} is running on this console (its monitor is held, so only one thread can be). */
    private boolean draining;

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

    /**
     * Called every few seconds: pings the console, and cuts it off when the previous ping has gone
     * unanswered too long. Browsers and WebSocket clients answer pings as they read, so a console
     * that stopped reading stops answering, even while the container still accepts frames for it.
     */
    synchronized void checkAlive(long now) {
        if (closed) {
            return;
        }
        if (awaitingPong) {
            if (now - pingSentAt > STALL_NANOS) {
                LOG.info(() -> "A console of " + session.getUserPrincipal().getName()
                        + " stopped reading; disconnecting it (it can resume)");
                close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        "Too far behind; reconnect and resume from the last seq received"));
            }
            return;
        }
        try {
            ContextScanBypass.run(() -> {
                try {
                    session.getAsyncRemote().sendPing(ByteBuffer.wrap(new byte[] {1}));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            awaitingPong = true;
            pingSentAt = now;
        } catch (UncheckedIOException | IllegalStateException e) {
            close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Ping failed"));
        }
    }

    synchronized void pong() {
        awaitingPong = false;
    }

    /** The console asked for everything after {@code since}: start over from there. */
    synchronized void resumeFrom(long since, FeedLog log) {
        pending.clear();
        lastQueued = Math.max(0, since);
        holding = false;
        catchUp(log);
    }

    /** The console did not ask to resume right after connecting: live frames flow from now on. */
    synchronized void release() {
        holding = false;
        sendNext();
    }

    private void sendNext() {
        if (draining) {
            return; // a send completed inline, inside the loop below, which carries on
        }
        draining = true;
        try {
            while (!holding && sending < IN_FLIGHT && !closed && !pending.isEmpty()) {
                sending++;
                String frame = pending.pollFirst();
                ContextScanBypass.run(() -> session.getAsyncRemote().sendText(frame, sent));
            }
        } finally {
            draining = false;
        }
    }

    /**
     * Called by the container when a frame has gone out: later on one of its threads, or at once,
     * inside {@code sendText}, when the socket took the frame straight away. The inline case must
     * not start the next send from inside this one: a replay of hundreds of frames nested that
     * deep overflowed the stack and killed the thread following the feed (200 consoles, 50 cases/s).
     */
    private final SendHandler sent = result -> {
        synchronized (this) {
            sending--;
            if (result.isOK()) {
                sendNext();
            } else {
                close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed"));
            }
        }
    };

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
