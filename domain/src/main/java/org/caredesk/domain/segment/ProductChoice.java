package org.caredesk.domain.segment;

/** A product a segment can be about, as a choice in a list. */
public record ProductChoice(long id, String name) {}
