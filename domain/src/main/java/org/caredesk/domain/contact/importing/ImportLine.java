package org.caredesk.domain.contact.importing;

import org.caredesk.domain.contact.Channel;

import java.time.Instant;

/** One valid line of a contact import. */
public record ImportLine(int lineNumber, Instant receivedAt, Channel channel, String text, String product,
                         String email, String phone, String externalId) {
}
