package org.caredesk.domain.contact;

public enum Direction {
    INBOUND,
    OUTBOUND
}
