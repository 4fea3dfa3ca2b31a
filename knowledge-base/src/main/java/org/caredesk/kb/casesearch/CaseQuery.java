package org.caredesk.kb.casesearch;

import java.util.Objects;

/** A case search: free text (may be blank: then the filters alone, newest change first), filters, a page. */
public record CaseQuery(String text, CaseFilter filter, int offset, int limit, CaseOrder order) {
    public static final int MAX_LIMIT = 200;

    public CaseQuery {
        text = text == null ? "" : text.strip();
        filter = Objects.requireNonNullElse(filter, CaseFilter.NONE);
        order = Objects.requireNonNullElse(order, CaseOrder.RELEVANCE);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be at least 0 and limit between 1 and " + MAX_LIMIT);
        }
    }

    public CaseQuery(String text, CaseFilter filter, int offset, int limit) {
        this(text, filter, offset, limit, CaseOrder.RELEVANCE);
    }
}
