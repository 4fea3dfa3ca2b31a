package org.caredesk.console.campaign;

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
import org.caredesk.domain.campaign.CampaignDispatch;
import org.caredesk.domain.platform.DutyLeases;

/**
 * Sends due campaigns every 15 seconds, on one instance at a time (the holder of the
 * {@code campaign-sending} lease), a batch per transaction until each is done.
 */
public class CampaignSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(CampaignSchedule.class.getName());

    @Inject
    private CampaignDispatch dispatch;

    @Inject
    private DutyLeases duties;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> runs;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        runs = scheduler.scheduleWithFixedDelay(this::send, 10, 15, TimeUnit.SECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (runs != null) {
            runs.cancel(false);
        }
        try {
            duties.release(CampaignDispatch.DUTY);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Lease not released; it runs out by itself", e);
        }
    }

    private void send() {
        try {
            if (!duties.claim(CampaignDispatch.DUTY, Duration.ofMinutes(2))) {
                return; // another instance holds the duty
            }
            for (long campaign : dispatch.due()) {
                while (dispatch.sendBatch(campaign)) {
                    duties.claim(CampaignDispatch.DUTY, Duration.ofMinutes(2));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Campaign sending failed; the next run continues where it stopped", e);
        }
    }
}
