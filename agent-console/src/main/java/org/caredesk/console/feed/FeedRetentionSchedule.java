package org.caredesk.console.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.feed.FeedRetention;
import org.caredesk.domain.platform.DutyLeases;

/**
 * Deletes feed events past their retention every hour (the console owns the feed, so only it
 * does, and on one instance at a time: the holder of its {@link DutyLeases lease}).
 */
public class FeedRetentionSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(FeedRetentionSchedule.class.getName());

    @Inject
    private FeedRetention retention;

    @Inject
    private DutyLeases duties;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> cleanups;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        cleanups = scheduler.scheduleWithFixedDelay(this::clean, 5, 60, TimeUnit.MINUTES);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (cleanups != null) {
            cleanups.cancel(false);
        }
        try {
            duties.release(DutyLeases.FEED_RETENTION);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Lease not released; it runs out by itself", e);
        }
    }

    private void clean() {
        try {
            if (!duties.claim(DutyLeases.FEED_RETENTION, java.time.Duration.ofMinutes(150))) {
                return; // another instance holds the duty
            }
            int deleted = retention.deleteExpired();
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " feed events older than " + FeedRetention.KEPT.toHours() + " h");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feed clean-up failed; the next one retries", e);
        }
    }
}
