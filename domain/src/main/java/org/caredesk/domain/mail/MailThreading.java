package org.caredesk.domain.mail;

/**
 * The headers that thread a mail and mark it as machine-sent: {@code Message-ID}, {@code In-Reply-To},
 * {@code References} (space-separated ids in angle brackets), {@code Auto-Submitted} (RFC 3834:
 * {@code auto-generated}, {@code auto-replied}, or null for a mail a person wrote) and the case it belongs to.
 * Every part may be null.
 */
public record MailThreading(
        String messageId, String inReplyTo, String references, String autoSubmitted, String caseNumber) {
    public static final MailThreading NONE = new MailThreading(null, null, null, null, null);
    public static final String AUTO_GENERATED = "auto-generated";
    public static final String AUTO_REPLIED = "auto-replied";
}
