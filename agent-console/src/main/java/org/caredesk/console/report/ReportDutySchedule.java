package org.caredesk.console.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.insight.SentimentRollup;
import org.caredesk.domain.platform.DutyLeases;
import org.caredesk.domain.report.ReportRollups;
import org.caredesk.domain.report.ReportSchedules;

/**
 * Every minute, on one instance at a time (each duty has its own {@link DutyLeases lease}): brings the
 * reports' roll-ups up to date with what arrived, then mails the scheduled reports that are due, so each
 * is sent once however many instances run. Also brings the sentiment dashboard's roll-up up to date (on
 * every instance: the roll-up's own state row orders them), so that the first dashboard after a start does
 * not count the whole history. Declared in web.xml after the start-up listener.
 */
public class ReportDutySchedule implements ServletContextListener {
    static final String ROLLUPS = "report-rollups";
    static final String MAIL = "report-mail";
    private static final Logger LOG = Logger.getLogger(ReportDutySchedule.class.getName());
    private static final long EVERY_SECONDS = 60;
    private static final Duration LEASE = Duration.ofSeconds(EVERY_SECONDS * 5 / 2);

    @Inject
    private ReportRollups rollups;

    @Inject
    private ReportSchedules schedules;

    @Inject
    private SentimentRollup sentiment;

    @Inject
    private DutyLeases duties;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> runs;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        runs = scheduler.scheduleWithFixedDelay(this::run, 0, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (runs != null) {
            runs.cancel(false);
        }
        try {
            duties.release(ROLLUPS);
            duties.release(MAIL);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Leases not released; they run out by themselves", e);
        }
    }

    private void run() {
        try {
            if (duties.claim(ROLLUPS, LEASE)) {
                ReportRollups.Refresh done = rollups.refresh();
                LOG.fine(() -> "Report roll-ups: " + done.days() + " days, " + done.cases() + " cases refreshed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report roll-up refresh failed; the next one retries", e);
        }
        try {
            long began = System.nanoTime();
            SentimentRollup.Refresh done = sentiment.refresh();
            long millis = (System.nanoTime() - began) / 1_000_000;
            LOG.log(
                    done.days() > 100 ? Level.INFO : Level.FINE,
                    () -> String.format("Sentiment roll-up: %,d days recounted in %,d ms", done.days(), millis));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sentiment roll-up refresh failed; the next one retries", e);
        }
        try {
            if (duties.claim(MAIL, LEASE)) {
                schedules.sendDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled report mail failed; the next run retries", e);
        }
    }
}
