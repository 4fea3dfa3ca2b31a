package org.caredesk.domain.customer;

public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
