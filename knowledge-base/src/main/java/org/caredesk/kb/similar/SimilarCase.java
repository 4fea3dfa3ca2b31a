package org.caredesk.kb.similar;

/** A case found similar to another one, with Lucene's score (only comparable within one answer). */
public record SimilarCase(String caseNumber, float score) {}
