package org.caredesk.kb;

import java.util.Objects;

/**
 * One search as the portal or the agent console asks for it.
 *
 * <p>Values are clamped, never rejected: the query comes straight from a text box and the paging
 * values from URL parameters, and a help search should answer rather than fail. After
 * construction {@code query} is never null, {@code limit} is within 1..{@value #MAX_LIMIT},
 * {@code offset} is at least 0, {@code language} is a supported code or null, and {@code filter}
 * is never null.
 *
 * @param language {@code "en"} or {@code "it"} to search one language; null (or anything else) searches all
 * @param filter   products and categories to narrow to; {@link SearchFilter#NONE} (or null) for all
 */
public record SearchRequest(String query, String language, int limit, int offset, SearchFilter filter) {

    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        language = Language.fromCode(language).map(Language::code).orElse(null);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        offset = Math.max(0, offset);
        filter = Objects.requireNonNullElse(filter, SearchFilter.NONE);
    }

    /** Without a filter. */
    public SearchRequest(String query, String language, int limit, int offset) {
        this(query, language, limit, offset, SearchFilter.NONE);
    }

    /** The first page of ten hits across all languages. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, 10, 0);
    }

    /** This request narrowed by {@code filter}. */
    public SearchRequest withFilter(SearchFilter filter) {
        return new SearchRequest(query, language, limit, offset, filter);
    }
}
