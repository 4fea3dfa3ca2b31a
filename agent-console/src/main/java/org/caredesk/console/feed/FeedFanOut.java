package org.caredesk.console.feed;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands new events to the connected consoles from the server's worker threads, split into a few
 * groups that are served in parallel, instead of from the one thread that follows the feed table.
 *
 * <p>Why: sending is most of the feed's work (each frame is encoded and written once per console,
 * and the container does bookkeeping per send); on the following thread it was one core's worth at
 * most, and it held up this application's other feed listeners while it ran. A group that is
 * already waiting to be served is not queued twice: its next run takes everything new anyway.
 *
 * @param <T> a connected console
 */
final class FeedFanOut<T> {
    private final Executor workers;
    private final Set<T> consoles;
    private final Consumer<T> catchUp;
    private final AtomicBoolean[] queued;

    FeedFanOut(Executor workers, Set<T> consoles, int groups, Consumer<T> catchUp) {
        this.workers = workers;
        this.consoles = consoles;
        this.catchUp = catchUp;
        this.queued = new AtomicBoolean[Math.max(1, groups)];
        for (int i = 0; i < queued.length; i++) {
            queued[i] = new AtomicBoolean();
        }
    }

    /** Every console catches up, soon, on a worker thread. */
    void deliver() {
        for (int group = 0; group < queued.length; group++) {
            if (queued[group].compareAndSet(false, true)) {
                int served = group;
                workers.execute(() -> serve(served));
            }
        }
    }

    private void serve(int group) {
        // Cleared first: an event that arrives while this runs queues the group again.
        queued[group].set(false);
        for (T console : consoles) {
            if (Math.floorMod(System.identityHashCode(console), queued.length) == group) {
                catchUp.accept(console);
            }
        }
    }
}
