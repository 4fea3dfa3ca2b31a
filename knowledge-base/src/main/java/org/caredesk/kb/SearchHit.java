package org.caredesk.kb;

/**
 * One article in a result page.
 *
 * @param snippet safe to insert as HTML: all text is escaped and the only markup is
 *                {@code <mark>…</mark>} around matched words
 */
public record SearchHit(long id, String title, String snippet, float score, String language, String category) {}
