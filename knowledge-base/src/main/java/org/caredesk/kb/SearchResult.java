package org.caredesk.kb;

import java.util.List;
import java.util.Objects;

/**
 * A page of hits.
 *
 * @param total      how many articles match in all, not just on this page
 * @param suggestion the whole query with misspelt words corrected from the index vocabulary
 *                   ("Showing results for …"), or null when every word is known
 * @param facets     counts of all matching articles by product and category; never null
 */
public record SearchResult(long total, List<SearchHit> hits, String suggestion, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Objects.requireNonNullElse(facets, Facets.EMPTY);
    }

    /** Without facet counts. */
    public SearchResult(long total, List<SearchHit> hits, String suggestion) {
        this(total, hits, suggestion, Facets.EMPTY);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), null, Facets.EMPTY);
    }
}
