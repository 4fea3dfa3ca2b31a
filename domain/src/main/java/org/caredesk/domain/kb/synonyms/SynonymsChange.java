package org.caredesk.domain.kb.synonyms;

/** The feed's note that the synonyms changed: every application re-reads them. */
public record SynonymsChange(String by) {}
