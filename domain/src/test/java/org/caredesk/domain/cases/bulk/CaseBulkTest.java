package org.caredesk.domain.cases.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caredesk.domain.cases.CaseConflictException;
import org.caredesk.domain.cases.StaffMember;
import org.junit.jupiter.api.Test;

class CaseBulkTest {
    private static final StaffMember AGENT = new StaffMember("agent@example.com", false);

    /** Stands in for a real action: each case's fate is decided by its number. */
    private static final class Scripted implements BulkAction {
        final List<String> applied = new ArrayList<>();

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public long applyTo(String caseNumber, Long seenVersion, StaffMember by) {
            applied.add(caseNumber + "@" + seenVersion);
            return switch (caseNumber) {
                case "CD-2" -> throw new CaseConflictException(caseNumber, 4, "sam", "Case CD-2 was changed by sam");
                case "CD-3" -> throw new SecurityException("Only supervisors assign cases to others");
                case "CD-4" -> throw new IllegalArgumentException("No case CD-4");
                case "CD-5" ->
                    throw new IllegalStateException(
                            "wrapped", new CaseConflictException(caseNumber, -1, null, "at the same moment"));
                default -> 7;
            };
        }
    }

    @Test
    void eachCaseGetsItsOwnOutcomeAndTheOthersGoOn() {
        Scripted action = new Scripted();
        List<BulkOutcome> outcomes = new CaseBulk()
                .apply(
                        action,
                        List.of(
                                new BulkTarget("cd-1", 3L),
                                new BulkTarget("CD-2", 3L),
                                new BulkTarget("CD-3", null),
                                new BulkTarget("CD-4", null),
                                new BulkTarget("CD-5", null),
                                new BulkTarget("CD-6", 1L)),
                        AGENT);
        assertEquals(
                List.of("CD-1=done", "CD-2=conflict", "CD-3=refused", "CD-4=refused", "CD-5=conflict", "CD-6=done"),
                outcomes.stream().map(o -> o.caseNumber() + "=" + o.outcome()).toList());
        assertEquals("Case CD-2 was changed by sam", outcomes.get(1).message());
        assertEquals(List.of("CD-1@3", "CD-2@3", "CD-3@null", "CD-4@null", "CD-5@null", "CD-6@1"), action.applied);
    }

    @Test
    void aCaseListedTwiceIsChangedOnce() {
        Scripted action = new Scripted();
        List<BulkOutcome> outcomes =
                new CaseBulk().apply(action, List.of(new BulkTarget("CD-1", 3L), new BulkTarget("cd-1", 3L)), AGENT);
        assertEquals(1, outcomes.size());
        assertEquals(List.of("CD-1@3"), action.applied);
    }

    @Test
    void noCasesOrTooManyAreRefusedWhole() {
        Scripted action = new Scripted();
        assertEquals(
                "cases must list 1 to 500 cases",
                assertThrows(IllegalArgumentException.class, () -> new CaseBulk().apply(action, List.of(), AGENT))
                        .getMessage());
        List<BulkTarget> many = Collections.nCopies(501, new BulkTarget("CD-1", null));
        assertThrows(IllegalArgumentException.class, () -> new CaseBulk().apply(action, many, AGENT));
        assertEquals(List.of(), action.applied);
    }
}
