package org.caredesk.console.automation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.automation.AutomationFeed;
import org.caredesk.domain.escalation.ClockWatch;
import org.caredesk.domain.platform.DutyLeases;
import org.caredesk.domain.webhook.WebhookDispatcher;

/**
 * The background work of automation, each duty on one instance at a time (the holder of its
 * {@link DutyLeases lease}, with fail-over): following the live feed for the rules every second, sending
 * due webhook deliveries every two seconds, and the clock watch (SLA warnings, escalations, idle rules)
 * every minute. Declared in web.xml after the start-up listener, so the schema is in place first.
 */
public class AutomationSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(AutomationSchedule.class.getName());

    @Inject
    private AutomationFeed automation;

    @Inject
    private WebhookDispatcher webhooks;

    @Inject
    private ClockWatch clockWatch;

    @Inject
    private DutyLeases duties;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> runs = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        runs.add(every(1, DutyLeases.AUTOMATION, automation::catchUp));
        runs.add(every(2, DutyLeases.WEBHOOK_DELIVERY, webhooks::deliverDue));
        runs.add(every(60, DutyLeases.SLA_WATCH, clockWatch::tick));
    }

    private ScheduledFuture<?> every(long seconds, String duty, IntSupplier work) {
        // A lease of a few intervals (at least 10 s): the holder keeps it, a survivor takes over soon after.
        Duration lease = Duration.ofSeconds(Math.max(10, seconds * 5 / 2));
        return scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (duties.claim(duty, lease)) {
                            work.getAsInt();
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, duty + " failed; the next run tries again", e);
                    }
                },
                seconds,
                seconds,
                TimeUnit.SECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        runs.forEach(run -> run.cancel(false));
        for (String duty : List.of(DutyLeases.AUTOMATION, DutyLeases.WEBHOOK_DELIVERY, DutyLeases.SLA_WATCH)) {
            try {
                duties.release(duty);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Lease not released; it runs out by itself", e);
            }
        }
    }
}
