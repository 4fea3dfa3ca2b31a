package org.caredesk.domain.mail.inbound;

import java.util.List;

/**
 * A mail landed as a contact: who sent it and the Message-IDs it answers (In-Reply-To, References),
 * for whoever needs to know what it replies to (a campaign counting its replies). Fired in the
 * landing transaction.
 */
public record MailLanded(long contactId, String from, List<String> threadIds) {
    public MailLanded {
        threadIds = threadIds == null ? List.of() : List.copyOf(threadIds);
    }
}
