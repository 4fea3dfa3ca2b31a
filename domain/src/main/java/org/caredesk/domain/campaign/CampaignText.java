package org.caredesk.domain.campaign;

/** A campaign's subject and body in one language; {@code {firstName}} in the body is the person's first name. */
public record CampaignText(String subject, String body) {
    public CampaignText {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
