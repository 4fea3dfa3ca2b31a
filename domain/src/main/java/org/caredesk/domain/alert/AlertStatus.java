package org.caredesk.domain.alert;

public enum AlertStatus {
    RAISED,
    ACKNOWLEDGED,
    ESCALATED,
    DISMISSED
}
