package org.caredesk.domain.kb;

public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
