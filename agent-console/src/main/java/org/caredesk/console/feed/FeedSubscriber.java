package org.caredesk.console.feed;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One console's connection to the feed. Frames wait in a bounded queue and are written without
 * waiting for the network, at most {@value #WINDOW} beyond the last one the console is known to
 * have read; a slow console only delays itself, and one that falls more than {@value #MAX_PENDING}
 * events behind, or stops reading, is disconnected and can resume where it stopped.
 *
 * <p>How the console is known to have read: a ping. The container answers an asynchronous send as
 * done once it has queued the frame, not once the network took it (Payara Micro 6.2025.10: a console
 * that read nothing took 4,000 frames of 2 KB, 2.8 MB of them in the kernel), so that answer says
 * nothing about the console. A ping goes out behind the frames already written and WebSocket clients
 * answer it as they read it, so its pong confirms every frame written before it. Pings go out when
 * the window is full and every few seconds; a console that leaves one unanswered for 15 s is cut off.
 *
 * <p>Frames are written through {@link jakarta.websocket.RemoteEndpoint.Basic#getSendWriter()}, which
 * Tyrus streams without blocking. Its {@code sendText} methods, basic or asynchronous, restart the
 * session's idle timer per frame, which schedules a task on the managed scheduled executor: with
 * 200 consoles at 50 events a second, 10,000 tasks a second whose context capture and set-up cost
 * a fifth of the server's CPU (JFR). The writer does not touch the timer.
 */
final class FeedSubscriber {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(FeedSubscriber.class.getName());
    static final int MAX_PENDING = 1_000;
    /** Frames written beyond the last confirmed read before the console must answer a ping. */
    static final int WINDOW = 500;
    /** A console that has not answered a ping for this long is taken as stalled. */
    static final long STALL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(15);

    private final Session session;
    private final Deque<String> pending = new ArrayDeque<>();
    private long lastQueued;
    private boolean closed;
    /** Frames written to this console so far. */
    private long written;
    /** Of {@link #written}, how many the console has confirmed reading (by answering a ping). */
    private long confirmed;
    /** {@link #written} when the outstanding ping went out. */
    private long writtenAtPing;

    private long pingSentAt;
    private boolean awaitingPong;
    /**
     * A console that has just connected may be about to ask to resume from an earlier event; live
     * frames wait (queued) until it does, or until {@link #release()}, so that a replay never
     * arrives after a later live frame.
     */
    private boolean holding = true;

    /** The staff member signed in on this console: events for one agent reach only theirs. */
    private final String login;

    FeedSubscriber(Session session, long startAfter) {
        this.session = session;
        this.login = session.getUserPrincipal().getName();
        this.lastQueued = startAfter;
    }

    /** Queues every event this console has not been given yet, and starts sending. */
    synchronized void catchUp(FeedLog log) {
        if (closed) {
            return;
        }
        for (FeedLog.Item event : log.after(lastQueued)) {
            if (event.isFor(login)) {
                pending.addLast(event.frame());
            }
            lastQueued = event.seq();
        }
        if (pending.size() > MAX_PENDING) {
            LOG.info(() -> "A console of " + session.getUserPrincipal().getName() + " fell more than " + MAX_PENDING
                    + " events behind; disconnecting it (it can resume)");
            close(new CloseReason(
                    CloseReason.CloseCodes.VIOLATED_POLICY,
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
                close(new CloseReason(
                        CloseReason.CloseCodes.VIOLATED_POLICY,
                        "Too far behind; reconnect and resume from the last seq received"));
            }
            return;
        }
        ping(now);
    }

    private void ping(long now) {
        try {
            // A ping restarts the idle timer (see above): a few a minute, with a cheap context search.
            ContextScanBypass.run(() -> {
                try {
                    session.getAsyncRemote().sendPing(ByteBuffer.wrap(new byte[] {1}));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            awaitingPong = true;
            pingSentAt = now;
            writtenAtPing = written;
        } catch (UncheckedIOException | IllegalStateException e) {
            close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Ping failed"));
        }
    }

    /** The console read everything written before the outstanding ping. */
    synchronized void pong() {
        if (awaitingPong) {
            awaitingPong = false;
            confirmed = writtenAtPing;
            sendNext();
        }
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

    /**
     * Writes queued frames while the window allows; when it is full, pings, and the pong resumes
     * sending. Writing returns at once (the container queues what the network has not taken yet).
     */
    private void sendNext() {
        while (!holding && !closed && !pending.isEmpty() && written - confirmed < WINDOW) {
            String frame = pending.pollFirst();
            try (Writer out = session.getBasicRemote().getSendWriter()) {
                out.write(frame);
            } catch (IOException | IllegalStateException e) {
                close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed"));
                return;
            }
            written++;
        }
        if (!closed && !pending.isEmpty() && !awaitingPong) {
            ping(System.nanoTime());
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
