package org.caredesk.console.alert;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.alert.AlertQueries;
import org.caredesk.domain.alert.AlertStatus;

/** The number of alerts still waiting for a decision, shown next to "Alerts" on every page. */
@Named
@RequestScoped
public class AlertBadge {
    private final AlertQueries queries;
    private Integer raised;

    protected AlertBadge() {
        this(null);
    }

    @Inject
    public AlertBadge(AlertQueries queries) {
        this.queries = queries;
    }

    public int getRaised() {
        if (raised == null) {
            raised = queries.list(AlertStatus.RAISED).size();
        }
        return raised;
    }
}
