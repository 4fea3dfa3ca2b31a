package org.caredesk.domain.campaign;

/** What became of one member of the segment (or a test send). Only SENT counts toward the monthly cap. */
public enum MessageOutcome {
    SENT,
    TEST,
    CAPPED,
    NO_CONSENT,
    NO_ADDRESS,
    CHANNEL_NOT_READY
}
