package org.caredesk.kb.casesearch;

/** How found cases are ordered: best match first (newest change first without words), newest change, newest case. */
public enum CaseOrder {
    RELEVANCE,
    UPDATED,
    RECEIVED
}
