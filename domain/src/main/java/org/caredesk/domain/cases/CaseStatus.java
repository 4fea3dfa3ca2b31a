package org.caredesk.domain.cases;

public enum CaseStatus {
    NEW,
    OPEN,
    PENDING,
    RESOLVED,
    CLOSED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
