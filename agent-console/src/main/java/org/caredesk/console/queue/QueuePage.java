package org.caredesk.console.queue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseSummary;

import java.io.Serializable;
import java.util.List;

/** The open queue: reloaded whenever the live feed says a case arrived or changed. */
@Named
@ViewScoped
public class QueuePage implements Serializable {
    private static final int SHOWN = 100;

    private final transient CaseQueries queries;
    private List<CaseSummary> cases;

    protected QueuePage() {
        this(null);
    }

    @Inject
    public QueuePage(CaseQueries queries) {
        this.queries = queries;
    }

    public List<CaseSummary> getCases() {
        if (cases == null) {
            refresh();
        }
        return cases;
    }

    public void refresh() {
        cases = queries.openQueue(SHOWN);
    }
}
