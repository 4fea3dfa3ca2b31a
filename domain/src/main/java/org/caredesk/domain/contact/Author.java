package org.caredesk.domain.contact;

/** Who wrote a contact: the consumer, an agent, or CareDesk itself. */
public enum Author {
    CONSUMER,
    AGENT,
    SYSTEM
}
