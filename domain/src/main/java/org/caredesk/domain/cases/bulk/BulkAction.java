package org.caredesk.domain.cases.bulk;

import org.caredesk.domain.cases.StaffMember;

/**
 * Something done to each of many cases. {@link #applyTo} changes one case in one transaction (the
 * version check, the change, one feed event: what {@code CaseWork} does for one change) and answers its
 * new version. It signals a stale {@code seenVersion} or a concurrent change with
 * {@code CaseConflictException}, a refusal (not allowed, not possible for this case) with
 * {@code SecurityException} or {@code IllegalArgumentException}; {@link CaseBulk} reports each as the
 * case's outcome and goes on with the next case.
 */
public interface BulkAction {
    /** What the action is called in results and the audit ("assign", "status", …). */
    String name();

    /**
     * Applies to one case. {@code seenVersion} is the version the staff member saw, or null when they
     * did not say: then the case's current version.
     */
    long applyTo(String caseNumber, Long seenVersion, StaffMember by);
}
