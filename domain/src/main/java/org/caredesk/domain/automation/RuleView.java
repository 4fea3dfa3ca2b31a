package org.caredesk.domain.automation;

/** A stored rule: its id, its place in the running order (1 first) and its definition. */
public record RuleView(long id, int position, RuleDefinition rule) {}
