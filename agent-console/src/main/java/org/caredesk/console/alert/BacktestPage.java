package org.caredesk.console.alert;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.alert.AlertBacktest;
import org.caredesk.domain.alert.BacktestStatus;
import org.caredesk.sentiment.warning.SafetySignal;
import org.caredesk.sentiment.warning.backtest.BacktestAlert;

/**
 * The supervisor's backtest page ({@code /supervisor/backtest.xhtml}): starts a replay of the stored
 * history with the current settings, shows its progress (polled) and lists the alerts that would have
 * fired and when. Supervisor-only by web.xml ({@code /supervisor/*}).
 */
@Named
@ViewScoped
public class BacktestPage implements Serializable {
    private final transient AlertBacktest backtest;
    /** Message key of the last action's outcome; null before any. */
    private String outcome;

    protected BacktestPage() {
        this(null);
    }

    @Inject
    public BacktestPage(AlertBacktest backtest) {
        this.backtest = backtest;
    }

    public void start() {
        try {
            backtest.start(FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getUserPrincipal()
                    .getName());
            outcome = "started";
        } catch (IllegalStateException e) {
            outcome = "busy";
        }
    }

    public Optional<BacktestStatus> getLatest() {
        return backtest.latest();
    }

    public boolean isRunning() {
        return backtest.latest()
                .map(s -> s.state() == BacktestStatus.State.RUNNING)
                .orElse(false);
    }

    /** The contacts replayed, grouped for the reader's language (12,345 or 12.345). */
    public String getContacts() {
        int contacts = backtest.latest().map(BacktestStatus::contacts).orElse(0);
        return NumberFormat.getIntegerInstance(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(contacts);
    }

    public String getOutcome() {
        return outcome;
    }

    public List<BacktestAlert> getAlerts() {
        return backtest.latest().map(BacktestStatus::alerts).orElse(List.of());
    }

    /** Whether the topic is an emerging term (shown as the term) rather than a hazard category. */
    public boolean isTerm(BacktestAlert alert) {
        return alert.topic().startsWith(SafetySignal.TERM_PREFIX);
    }

    public String term(BacktestAlert alert) {
        return alert.topic().substring(SafetySignal.TERM_PREFIX.length());
    }
}
