package org.caredesk.domain.cases.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.StaffMember;

/**
 * Applies one action to many cases, one transaction per case (never one for all: a conflict on one case
 * must not undo the others, and a long transaction would hold hundreds of rows locked), in the order
 * given, each case once. Not transactional itself, so each {@link BulkAction#applyTo} starts its own.
 */
@ApplicationScoped
public class CaseBulk {
    public static final int MAX_CASES = 500;

    public List<BulkOutcome> apply(BulkAction action, List<BulkTarget> targets, StaffMember by) {
        if (targets.isEmpty() || targets.size() > MAX_CASES) {
            throw new IllegalArgumentException("cases must list 1 to " + MAX_CASES + " cases");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (BulkTarget target : targets) {
            String number = target.caseNumber() == null
                    ? ""
                    : target.caseNumber().trim().toUpperCase(java.util.Locale.ROOT);
            if (!seen.add(number)) {
                continue;
            }
            outcomes.add(applyOne(action, number, target.version(), by));
        }
        return outcomes;
    }

    private static BulkOutcome applyOne(BulkAction action, String number, Long version, StaffMember by) {
        try {
            action.applyTo(number, version, by);
            return new BulkOutcome(number, BulkOutcome.DONE, null);
        } catch (CaseConflictException e) {
            return new BulkOutcome(number, BulkOutcome.CONFLICT, e.getMessage());
        } catch (SecurityException | IllegalArgumentException e) {
            return new BulkOutcome(number, BulkOutcome.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            // A transaction rolled back by the container wraps the cause: report what it was.
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
                if (cause instanceof CaseConflictException conflict) {
                    return new BulkOutcome(number, BulkOutcome.CONFLICT, conflict.getMessage());
                }
                if (cause instanceof SecurityException || cause instanceof IllegalArgumentException) {
                    return new BulkOutcome(number, BulkOutcome.REFUSED, cause.getMessage());
                }
            }
            throw e;
        }
    }
}
