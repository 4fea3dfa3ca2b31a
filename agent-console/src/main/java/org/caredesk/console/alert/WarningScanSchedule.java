package org.caredesk.console.alert;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.alert.EarlyWarnings;
import org.caredesk.domain.platform.DutyLeases;

/**
 * Scans for early warnings when the console starts and every minute after, so that contacts from
 * any application or instance are counted; on one instance at a time (the holder of the scan's
 * {@link DutyLeases lease}), with fail-over. Declared in web.xml after the start-up listener, so the
 * schema and the demo data are in place before the first scan.
 */
public class WarningScanSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(WarningScanSchedule.class.getName());
    private static final long EVERY_SECONDS = 60;

    /** Longer than the interval, so the holder keeps the duty; a survivor takes it over this long after the holder died. */
    private static final java.time.Duration LEASE = java.time.Duration.ofSeconds(EVERY_SECONDS * 5 / 2);

    @Inject
    private EarlyWarnings earlyWarnings;

    @Inject
    private DutyLeases duties;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> scans;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scans = scheduler.scheduleWithFixedDelay(this::scan, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scans != null) {
            scans.cancel(false);
        }
        try {
            duties.release(DutyLeases.EARLY_WARNING_SCAN);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Lease not released; it runs out by itself", e);
        }
    }

    private void scan() {
        try {
            // One instance scans; the others stand by and take over if it stops renewing its lease.
            if (!duties.claim(DutyLeases.EARLY_WARNING_SCAN, LEASE)) {
                return;
            }
            earlyWarnings.scan();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Early-warning scan failed; the next one retries", e);
        }
    }
}
