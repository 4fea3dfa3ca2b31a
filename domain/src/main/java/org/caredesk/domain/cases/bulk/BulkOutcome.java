package org.caredesk.domain.cases.bulk;

/** What became of one case in a bulk action: {@code done} (with its new version), {@code conflict} or {@code refused}. */
public record BulkOutcome(String caseNumber, String result, String message, Long version) {
    public static final String DONE = "done";
    public static final String CONFLICT = "conflict";
    public static final String REFUSED = "refused";

    static BulkOutcome done(String number, long version) {
        return new BulkOutcome(number, DONE, null, version);
    }
}
