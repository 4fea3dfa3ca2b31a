package org.caredesk.domain.alert;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.warning.backtest.BacktestAlert;
import org.caredesk.sentiment.warning.backtest.WatchReplay;
import org.caredesk.sentiment.watch.SafetyWatch;

/**
 * The backtest supervisors run on their own history (issue 14, item 5): replays every stored
 * contact, in {@code receivedAt} order, through a fresh {@link SafetyWatch} with the production
 * settings, in the background, and lists the alerts that would have been raised and when. Nothing
 * is stored or announced: the live alerts are not touched. One run at a time on this instance; its
 * progress and result are kept in memory until the next run (a restart forgets them).
 */
@ApplicationScoped
public class AlertBacktest {
    private static final Logger LOG = Logger.getLogger(AlertBacktest.class.getName());
    private static final int PAGE = 5_000;
    /** Share of the progress spent reading the history; the rest is the replay. */
    private static final int READ_SHARE = 50;

    private final WarningInputs inputs;

    @Resource
    private ManagedExecutorService managedExecutor;

    private Executor executor;
    private Run latest;

    protected AlertBacktest() {
        this(null);
    }

    @Inject
    public AlertBacktest(WarningInputs inputs) {
        this.inputs = inputs;
    }

    /** For tests without a server: runs on {@code executor}. */
    AlertBacktest(WarningInputs inputs, Executor executor) {
        this.inputs = inputs;
        this.executor = executor;
    }

    /**
     * Starts a run and returns at once.
     *
     * @throws IllegalStateException while a run is going
     */
    public synchronized BacktestStatus start(String supervisor) {
        if (latest != null && latest.state == BacktestStatus.State.RUNNING) {
            throw new IllegalStateException("A backtest is already running");
        }
        Run run = new Run(supervisor, Instant.now());
        latest = run;
        (executor != null ? executor : managedExecutor).execute(() -> replay(run));
        return run.status();
    }

    /** The latest run on this instance, if any. */
    public synchronized Optional<BacktestStatus> latest() {
        return Optional.ofNullable(latest).map(Run::status);
    }

    private void replay(Run run) {
        try {
            long top = inputs.lastContactId();
            List<ObservedContact> history = new ArrayList<>();
            for (long last = 0; last < top; ) {
                WarningInputs.Page page = inputs.negativeContacts(last, top, PAGE);
                if (page.empty()) {
                    break;
                }
                history.addAll(page.contacts());
                last = page.lastId();
                run.progress((int) (READ_SHARE * last / top));
            }
            history.sort(Comparator.comparing(ObservedContact::receivedAt)
                    .thenComparing(c -> Long.parseLong(c.contactId())));
            int total = history.size();
            List<BacktestAlert> alerts = new WatchReplay()
                    .replay(
                            SafetyWatch.withDefaults(),
                            history,
                            done -> run.progress(
                                    READ_SHARE + (total == 0 ? 100 - READ_SHARE : (100 - READ_SHARE) * done / total)));
            run.done(total, alerts);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert backtest failed", e);
            run.failed();
        }
    }

    /** One run, written by its worker and read by pages. */
    private static final class Run {
        final String supervisor;
        final Instant started;
        volatile BacktestStatus.State state = BacktestStatus.State.RUNNING;
        volatile int percent;
        volatile int contacts;
        volatile List<BacktestAlert> alerts = List.of();

        Run(String supervisor, Instant started) {
            this.supervisor = supervisor;
            this.started = started;
        }

        void progress(int percent) {
            this.percent = Math.min(100, Math.max(this.percent, percent));
        }

        void done(int contacts, List<BacktestAlert> alerts) {
            this.contacts = contacts;
            this.alerts = List.copyOf(alerts);
            this.percent = 100;
            this.state = BacktestStatus.State.DONE;
        }

        void failed() {
            this.state = BacktestStatus.State.FAILED;
        }

        BacktestStatus status() {
            return new BacktestStatus(supervisor, started, state, percent, contacts, alerts);
        }
    }
}
