package org.caredesk.console.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.caredesk.domain.alert.AlertQueries;

/**
 * The alerts still waiting for a decision, counted next to "Alerts" on every page; their ids let
 * alerts-live.js count new ones up and decided ones down as the feed tells it.
 */
@Named
@RequestScoped
public class AlertBadge {
    private final AlertQueries queries;
    private List<Long> raised;

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
        return waiting().stream().map(id -> Long.toString(id)).collect(Collectors.joining(" "));
    }

    /** Only the ids: the full list would count every registered unit per product for its rates. */
    private List<Long> waiting() {
        if (raised == null) {
            raised = queries.raisedIds();
        }
        return raised;
    }
}
