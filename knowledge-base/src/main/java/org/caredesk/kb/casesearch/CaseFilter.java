package org.caredesk.kb.casesearch;

import java.time.Instant;
import java.util.Set;

/**
 * Narrows a case search; a null (or empty) field does not filter. {@code statuses}, {@code channel},
 * {@code sentiment} are wire names, {@code language} "en" or "it"; {@code product} is the catalogue name; {@code assignee} a staff
 * login or {@link #UNASSIGNED}; {@code from} inclusive and {@code to} exclusive bound the creation time.
 */
public record CaseFilter(
        Set<String> statuses,
        String channel,
        String language,
        String product,
        String assignee,
        Instant from,
        Instant to,
        String sentiment,
        Boolean hazard) {
    public static final String UNASSIGNED = "-";
    public static final CaseFilter NONE = new CaseFilter(Set.of(), null, null, null, null, null, null, null, null);

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
