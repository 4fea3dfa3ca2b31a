package org.caredesk.console.queue;

import java.util.LinkedHashSet;
import org.caredesk.domain.cases.search.CaseCriteria;

/** A view's criteria narrowed by the filters of the page or the request: a filter given wins over the view's. */
final class ViewState {
    private ViewState() {}

    static CaseCriteria narrowed(CaseCriteria view, CaseCriteria given) {
        return new CaseCriteria(
                given.text() != null ? given.text() : view.text(),
                given.statuses().isEmpty() ? view.statuses() : new LinkedHashSet<>(given.statuses()),
                or(given.channel(), view.channel()),
                or(given.language(), view.language()),
                or(given.product(), view.product()),
                or(given.assignee(), view.assignee()),
                given.from() != null ? given.from() : view.from(),
                given.to() != null ? given.to() : view.to(),
                or(given.sentiment(), view.sentiment()),
                given.hazard() != null ? given.hazard() : view.hazard(),
                given.breached() || view.breached());
    }

    private static String or(String given, String view) {
        return given != null ? given : view;
    }
}
