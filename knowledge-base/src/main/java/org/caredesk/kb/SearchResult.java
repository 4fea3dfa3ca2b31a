package org.caredesk.kb;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total      how many articles match in all, not just on this page
 * @param suggestion the whole query with misspelt words corrected from the index vocabulary
 *                   ("Showing results for …"), or null when every word is known
 */
public record SearchResult(long total, List<SearchHit> hits, String suggestion) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), null);
    }
}
