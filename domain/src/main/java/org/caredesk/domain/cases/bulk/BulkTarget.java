package org.caredesk.domain.cases.bulk;

/** A case chosen for a bulk action, with the version the staff member saw (null: whatever it is now). */
public record BulkTarget(String caseNumber, Long version) {}
