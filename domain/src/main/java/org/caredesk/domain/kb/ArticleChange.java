package org.caredesk.domain.kb;

/** The feed's note that an article changed: every application re-reads it into its index. */
public record ArticleChange(long id) {}
