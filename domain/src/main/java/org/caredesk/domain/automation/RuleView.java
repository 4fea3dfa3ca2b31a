package org.caredesk.domain.automation;

/**
 * A stored rule: its id, its place in the running order (1 first), the key of a rule CareDesk ships while it
 * keeps its shipped name (else null), and its definition.
 */
public record RuleView(long id, int position, String builtin, RuleDefinition rule) {}
