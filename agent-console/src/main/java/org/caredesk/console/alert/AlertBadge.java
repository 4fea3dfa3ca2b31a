package org.caredesk.console.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.caredesk.domain.alert.AlertQueries;
import org.caredesk.domain.alert.AlertStatus;
import org.caredesk.domain.alert.AlertView;

/**
 * The alerts still waiting for a decision, counted next to "Alerts" on every page; their ids let
 * alerts-live.js count new ones up and decided ones down as the feed tells it.
 */
@Named
@RequestScoped
public class AlertBadge {
    private final AlertQueries queries;
    private List<AlertView> raised;

    protected AlertBadge() {
        this(null);
    }

    @Inject
    public AlertBadge(AlertQueries queries) {
        this.queries = queries;
    }

    public int getRaised() {
        return waiting().size();
    }

    /** The waiting alerts' ids, separated by spaces. */
    public String getRaisedIds() {
        return waiting().stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(" "));
    }

    private List<AlertView> waiting() {
        if (raised == null) {
            raised = queries.list(AlertStatus.RAISED);
        }
        return raised;
    }
}
