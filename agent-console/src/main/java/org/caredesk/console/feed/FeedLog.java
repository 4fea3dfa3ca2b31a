package org.caredesk.console.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedListener;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.InstanceState;

/**
 * The console's view of the live feed: the events consoles may see, the newest of them kept in
 * memory so that live delivery and short resumes need no query per subscriber (older resumes read
 * the table), and the consoles connected to this application.
 */
@ApplicationScoped
public class FeedLog {
    private static final int KEPT_IN_MEMORY = 10_000;
    private static final int BATCH = 1_000;
    private static final long DRAIN_CHECK_MILLIS = 100;

    private final FeedReader reader;
    private final FeedFollower follower;
    private final Set<FeedSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final List<Item> recent = new ArrayList<>();
    /** {@link #recent} holds every console event after this seq. */
    private long coveredAfter;

    private final FeedListener listener = this::append;

    protected FeedLog() {
        this(null, null);
    }

    @Inject
    public FeedLog(FeedReader reader, FeedFollower follower) {
        this.reader = reader;
        this.follower = follower;
    }

    static final long RESUME_GRACE_MILLIS = 300;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private ManagedThreadFactory threads;

    private ScheduledFuture<?> liveness;
    private Thread drainWatch;
    private FeedFanOut<FeedSubscriber> fanOut;

    @PostConstruct
    void start() {
        fanOut = new FeedFanOut<>(
                threads,
                subscribers,
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                subscriber -> subscriber.catchUp(this));
        synchronized (lock) {
            follower.addListener(listener);
            coveredAfter = follower.head();
        }
        liveness = scheduler.scheduleWithFixedDelay(
                () -> subscribers.forEach(s -> s.checkAlive(System.nanoTime())), 5, 5, TimeUnit.SECONDS);
        // A thread of its own: the default scheduled executor runs every task on one thread, where a long
        // early-warning scan would hold the "going away" back past the launcher's patience.
        drainWatch = threads.newThread(this::watchForDrain);
        drainWatch.setName("caredesk-feed-drain-watch");
        drainWatch.setDaemon(true);
        drainWatch.start();
        publishOpen();
    }

    /*
     * On SIGTERM the launcher closes the HTTP port before the server stops (a request reaching an
     * application while it undeploys got a 500), and closing the port cuts every connection. So the
     * consoles are sent "going away" as soon as the instance drains, and their number is published as
     * work in flight: the launcher closes the port only once none is left.
     */
    private void watchForDrain() {
        while (!Thread.currentThread().isInterrupted()) {
            if (InstanceState.draining()) {
                subscribers.forEach(s -> s.close(new jakarta.websocket.CloseReason(
                        jakarta.websocket.CloseReason.CloseCodes.GOING_AWAY, "Server stopping; resume elsewhere")));
            }
            publishOpen();
            try {
                Thread.sleep(DRAIN_CHECK_MILLIS); // the launcher's flag is a system property: nothing to wait on
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Under one lock, so that the last count published is the latest (see the domain's ServiceGate). */
    private synchronized void publishOpen() {
        System.setProperty(
                InstanceState.IN_FLIGHT_PROPERTY_PREFIX + "console-feeds", Integer.toString(subscribers.size()));
    }

    @PreDestroy
    void stop() {
        // The instance is stopping: consoles reconnect (to another instance) and resume from the last seq.
        subscribers.forEach(s -> s.close(new jakarta.websocket.CloseReason(
                jakarta.websocket.CloseReason.CloseCodes.GOING_AWAY, "Server stopping; resume elsewhere")));
        follower.removeListener(listener);
        if (liveness != null) {
            liveness.cancel(false);
        }
        if (drainWatch != null) {
            drainWatch.interrupt();
        }
        System.clearProperty(InstanceState.IN_FLIGHT_PROPERTY_PREFIX + "console-feeds");
        if (fanOut != null) {
            fanOut.close();
        }
    }

    public long head() {
        return follower.head();
    }

    public void subscribe(FeedSubscriber subscriber) {
        subscribers.add(subscriber);
        publishOpen();
        // A resume request, if the console sends one, comes right after the handshake.
        scheduler.schedule(subscriber::release, RESUME_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    public void unsubscribe(FeedSubscriber subscriber) {
        subscribers.remove(subscriber);
        publishOpen();
    }

    /**
     * A console event with its frame, rendered once for every console; {@code agent} is the one staff login
     * whose consoles receive it (a call ringing at them), null when every console does.
     */
    record Item(long seq, String frame, String agent) {
        static Item of(FeedRecord event) {
            return new Item(
                    event.seq(),
                    FeedFrames.frame(event),
                    FeedEventTypes.isForOneAgent(event.type()) ? FeedFrames.agentOf(event) : null);
        }

        /** Whether the console of {@code login} may receive this event. */
        boolean isFor(String login) {
            return agent == null || agent.equals(login);
        }
    }

    /** Every event for consoles after {@code seq} up to the newest seen, oldest first. */
    public List<Item> after(long seq) {
        synchronized (lock) {
            if (seq >= coveredAfter) {
                return List.copyOf(recent.subList(firstAfter(seq), recent.size()));
            }
        }
        List<Item> events = new ArrayList<>();
        long from = seq;
        long until = follower.head();
        while (from < until) {
            List<FeedRecord> batch = reader.after(from, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            batch.stream()
                    .filter(e -> e.seq() <= until && FeedEventTypes.isPublic(e.type()))
                    .map(Item::of)
                    .forEach(events::add);
            from = batch.get(batch.size() - 1).seq();
        }
        return events;
    }

    private void append(List<FeedRecord> fresh) {
        synchronized (lock) {
            long newest = recent.isEmpty()
                    ? Long.MIN_VALUE
                    : recent.get(recent.size() - 1).seq();
            fresh.stream()
                    .filter(e -> e.seq() > newest && FeedEventTypes.isPublic(e.type()))
                    .map(Item::of)
                    .forEach(recent::add);
            if (recent.size() > KEPT_IN_MEMORY) {
                List<Item> dropped = recent.subList(0, recent.size() - KEPT_IN_MEMORY);
                coveredAfter = dropped.get(dropped.size() - 1).seq();
                dropped.clear();
            }
        }
        fanOut.deliver();
    }

    /** Index of the first kept event with a seq above {@code seq}; the list is in seq order. */
    private int firstAfter(long seq) {
        int low = 0;
        int high = recent.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (recent.get(middle).seq() <= seq) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
