package org.caredesk.console.alerts;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.caredesk.domain.alert.EarlyWarnings;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scans for early warnings when the console starts and every minute after, so that contacts from
 * any application or instance are counted. Declared in web.xml after the start-up listener, so the
 * schema and the demo data are in place before the first scan.
 */
public class WarningScanSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(WarningScanSchedule.class.getName());
    private static final long EVERY_SECONDS = 60;

    @Inject
    private EarlyWarnings earlyWarnings;

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
    }

    private void scan() {
        try {
            earlyWarnings.scan();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Early-warning scan failed; the next one retries", e);
        }
    }
}
