package org.caredesk.domain.cases;

public enum CasePriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
