package org.caredesk.console.alert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.caredesk.domain.alert.AlertQueries;
import org.caredesk.domain.alert.AlertStatus;
import org.caredesk.domain.alert.AlertView;

/** The alert list, filtered by status; reloaded when the live feed announces an alert. */
@Named
@ViewScoped
public class AlertListPage implements Serializable {
    private final transient AlertQueries queries;
    private String status = "";
    private List<AlertView> alerts;

    protected AlertListPage() {
        this(null);
    }

    @Inject
    public AlertListPage(AlertQueries queries) {
        this.queries = queries;
    }

    public List<AlertView> getAlerts() {
        if (alerts == null) {
            refresh();
        }
        return alerts;
    }

    public void refresh() {
        AlertStatus filter =
                status == null || status.isBlank() ? null : AlertStatus.valueOf(status.toUpperCase(Locale.ROOT));
        alerts = queries.list(filter);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(AlertStatus.values())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .toList();
    }
}
