package org.caredesk.portal.kb;

import java.util.List;

/** The search answer of docs/api.md. {@code snippet} is HTML: escaped text with matches in {@code <mark>}. */
public record SearchResponse(long total, List<Hit> hits, String suggestion) {

    public record Hit(long id, String title, String snippet, double score, String url, String language) {}
}
