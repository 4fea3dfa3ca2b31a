package org.caredesk.domain.contact.importing;

import java.time.Instant;
import org.caredesk.domain.contact.Channel;

/**
 * One valid line of a contact import; {@code reportedHarm} holds the source's harm flags ("crash fire
 * injured:2 deaths:1"), null when it reported none; {@code component} the part or system the source filed it under
 * and {@code modelYear} the product's model year, null when not given.
 */
public record ImportLine(
        int lineNumber,
        Instant receivedAt,
        Channel channel,
        String text,
        String product,
        String email,
        String phone,
        String externalId,
        String reportedHarm,
        String component,
        Integer modelYear) {}
