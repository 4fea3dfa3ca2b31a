package org.caredesk.console.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This console application's view of the durable feed: it follows the feed table (written by
 * any application on any instance) and keeps the newest events in memory, so that live delivery
 * and short resumes need no query per subscriber. Older resumes read the table.
 */
@ApplicationScoped
public class FeedLog {
    private static final Logger LOG = Logger.getLogger(FeedLog.class.getName());
    private static final int KEPT_IN_MEMORY = 10_000;
    private static final int BATCH = 1_000;
    private static final long POLL_MILLIS = 50;

    private final FeedReader reader;
    private final Set<FeedSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final List<FeedRecord> recent = new ArrayList<>();
    private volatile long head;

    @Resource
    private ManagedScheduledExecutorService scheduler;
    private ScheduledFuture<?> polling;

    protected FeedLog() {
        this(null);
    }

    @Inject
    public FeedLog(FeedReader reader) {
        this.reader = reader;
    }

    @PostConstruct
    void start() {
        head = reader.head();
        polling = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    public long head() {
        return head;
    }

    public void subscribe(FeedSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(FeedSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Every event after {@code seq} up to the current head, oldest first. */
    public List<FeedRecord> after(long seq) {
        synchronized (lock) {
            if (!recent.isEmpty() && recent.get(0).seq() <= seq + 1) {
                return List.copyOf(recent.subList(firstAfter(seq), recent.size()));
            }
        }
        List<FeedRecord> events = new ArrayList<>();
        long from = seq;
        long until = head;
        while (from < until) {
            List<FeedRecord> batch = reader.after(from, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (FeedRecord event : batch) {
                if (event.seq() <= until) {
                    events.add(event);
                }
            }
            from = batch.get(batch.size() - 1).seq();
        }
        return events;
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

    private void poll() {
        try {
            List<FeedRecord> fresh = reader.after(head, BATCH);
            if (fresh.isEmpty()) {
                return;
            }
            synchronized (lock) {
                recent.addAll(fresh);
                if (recent.size() > KEPT_IN_MEMORY) {
                    recent.subList(0, recent.size() - KEPT_IN_MEMORY).clear();
                }
                head = fresh.get(fresh.size() - 1).seq();
            }
            subscribers.forEach(s -> s.catchUp(this));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the live feed failed; retrying", e);
        }
    }
}
