package org.caredesk.domain.mail.inbound;

import java.util.List;

/**
 * A mail reduced to what CareDesk keeps: who wrote it to whom, the readable text (reply only,
 * quoted history folded away), the original HTML, the attachments, and why it must never be
 * answered ({@code automatic}, null for a person's mail). {@code dedupKey} identifies it across
 * fetches: its Message-ID, or a hash of its bytes when it has none.
 */
public record ParsedMail(
        String dedupKey,
        String messageId,
        List<String> threadIds,
        String from,
        String fromName,
        List<String> to,
        List<String> cc,
        String subject,
        String text,
        String html,
        List<MailPart> attachments,
        String automatic,
        byte[] raw) {

    /** One attached or inline file as it arrived. */
    public record MailPart(String fileName, String contentType, byte[] content, boolean inline) {}
}
