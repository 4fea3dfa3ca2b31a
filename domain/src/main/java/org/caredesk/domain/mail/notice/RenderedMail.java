package org.caredesk.domain.mail.notice;

/** A template with its placeholders filled in. */
public record RenderedMail(String subject, String body) {}
