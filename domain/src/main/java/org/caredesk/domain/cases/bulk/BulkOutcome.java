package org.caredesk.domain.cases.bulk;

/** What became of one case in a bulk action: {@code done}, {@code conflict} or {@code refused}, and why when not done. */
public record BulkOutcome(String caseNumber, String outcome, String message) {
    public static final String DONE = "done";
    public static final String CONFLICT = "conflict";
    public static final String REFUSED = "refused";
}
