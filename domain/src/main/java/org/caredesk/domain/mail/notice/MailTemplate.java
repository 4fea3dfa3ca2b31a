package org.caredesk.domain.mail.notice;

/**
 * The wording of one kind of mail in one language. Placeholders in braces are filled in:
 * {@code {caseNumber} {subject} {name} {message} {reply} {trackingLink} {ratingLink}}.
 */
public record MailTemplate(NoticeKind kind, String language, String subject, String body, boolean custom) {}
