package org.caredesk.domain.webhook;

/** What a receiver answered (status and the start of its body), or why nothing came back ({@code error}). */
public record WebhookResponse(Integer status, String body, String error) {
    static final int KEPT = 2000;

    public WebhookResponse {
        body = body == null || body.length() <= KEPT ? body : body.substring(0, KEPT);
        error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    public boolean ok() {
        return status != null && status >= 200 && status < 300;
    }
}
