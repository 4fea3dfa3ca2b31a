package org.caredesk.domain.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Drains the webhook outbox: each due delivery is taken, sent outside any transaction (a slow receiver
 * holds no database lock), and its answer written down. Run in the background by one instance at a time.
 */
@ApplicationScoped
public class WebhookDispatcher {
    static final int BATCH = 50;
    private final WebhookLedger ledger;
    private final WebhookSender sender;

    protected WebhookDispatcher() {
        this(null, null);
    }

    @Inject
    public WebhookDispatcher(WebhookLedger ledger, WebhookSender sender) {
        this.ledger = ledger;
        this.sender = sender;
    }

    /** Sends what is due now; answers how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        for (long id : ledger.due(BATCH)) {
            var taken = ledger.claim(id);
            if (taken.isPresent()) {
                ledger.record(id, sender.send(taken.get()));
                attempts++;
            }
        }
        return attempts;
    }
}
