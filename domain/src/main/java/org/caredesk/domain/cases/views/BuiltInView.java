package org.caredesk.domain.cases.views;

import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.cases.search.CaseCriteria;

/** The views every agent has. {@code key} is what the URL and the API call the view. */
public enum BuiltInView {
    MINE(
            "mine",
            new CaseCriteria(
                    null, CaseCriteria.OPEN, null, null, null, CaseCriteria.ME, null, null, null, null, false)),
    UNASSIGNED(
            "unassigned",
            new CaseCriteria(
                    null, CaseCriteria.OPEN, null, null, null, CaseCriteria.UNASSIGNED, null, null, null, null, false)),
    HAZARD("hazard", new CaseCriteria(null, CaseCriteria.OPEN, null, null, null, null, null, null, null, true, false)),
    BREACHED(
            "breached",
            new CaseCriteria(null, CaseCriteria.OPEN, null, null, null, null, null, null, null, null, true)),
    /** Pending: the agent asked the consumer something and waits for the answer. */
    WAITING(
            "waiting",
            new CaseCriteria(null, Set.of("pending"), null, null, null, null, null, null, null, null, false)),
    OPEN("open", new CaseCriteria(null, CaseCriteria.OPEN, null, null, null, null, null, null, null, null, false));

    private final String key;
    private final CaseCriteria criteria;

    BuiltInView(String key, CaseCriteria criteria) {
        this.key = key;
        this.criteria = criteria;
    }

    public String key() {
        return key;
    }

    public CaseCriteria criteria() {
        return criteria;
    }

    public static Optional<BuiltInView> byKey(String key) {
        for (BuiltInView view : values()) {
            if (view.key.equals(key)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }
}
