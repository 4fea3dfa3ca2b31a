package org.caredesk.domain.cases;

/**
 * The case changed since the staff member looked at it (their version is stale), or someone else
 * already holds it: nothing was changed. The caller reloads the case and keeps what was typed.
 */
public class CaseConflictException extends RuntimeException {
    private final String caseNumber;
    private final long currentVersion;
    private final String changedBy;

    public CaseConflictException(String caseNumber, long currentVersion, String changedBy, String message) {
        super(message);
        this.caseNumber = caseNumber;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
    }

    public String caseNumber() {
        return caseNumber;
    }

    /** The version now stored, or -1 when unknown (a concurrent commit won the race). */
    public long currentVersion() {
        return currentVersion;
    }

    /** Who made the change that won, when known. */
    public String changedBy() {
        return changedBy;
    }
}
