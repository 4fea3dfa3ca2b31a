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
 * most, and it held up this application's other feed listeners while it ran. One worker at a
 * time serves a group, for as long as new events keep coming (a first version queued a run per
 * event batch: under load, dozens of runs of the same group fought over the same consoles).
 *
 * @param <T> a connected console
 */
final class FeedFanOut<T> {
    private final Executor workers;
    private final Set<T> consoles;
    private final Consumer<T> catchUp;
    /** Per group: something new arrived that the group's consoles have not been given. */
    private final AtomicBoolean[] fresh;
    /** Per group: a worker is serving it. At most one does, so a group's sends never contend. */
    private final AtomicBoolean[] serving;

    FeedFanOut(Executor workers, Set<T> consoles, int groups, Consumer<T> catchUp) {
        this.workers = workers;
        this.consoles = consoles;
        this.catchUp = catchUp;
        this.fresh = flags(groups);
        this.serving = flags(groups);
    }

    /** Every console catches up, soon, on a worker thread. */
    void deliver() {
        for (int group = 0; group < fresh.length; group++) {
            fresh[group].set(true);
            if (serving[group].compareAndSet(false, true)) {
                int served = group;
                workers.execute(() -> serve(served));
            }
        }
    }

    /**
     * Serves the group until nothing new is left. Something that arrives after the last round but
     * before the group is released is seen by the check at the bottom; after it is released, by
     * {@link #deliver()}, which then starts a worker of its own.
     */
    private void serve(int group) {
        do {
            while (fresh[group].getAndSet(false)) {
                for (T console : consoles) {
                    if (Math.floorMod(System.identityHashCode(console), fresh.length) == group) {
                        catchUp.accept(console);
                    }
                }
            }
            serving[group].set(false);
        } while (fresh[group].get() && serving[group].compareAndSet(false, true));
    }

    private static AtomicBoolean[] flags(int groups) {
        AtomicBoolean[] flags = new AtomicBoolean[Math.max(1, groups)];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = new AtomicBoolean();
        }
        return flags;
    }
}
