package org.caredesk.domain.recall;

import java.time.Instant;
import java.util.List;

/** A recall notice as the console shows it, with its reach. */
public record RecallNoticeView(
        long id,
        String productCode,
        String product,
        Long alertId,
        String serialFrom,
        String serialTo,
        List<RecallDraft.Text> texts,
        String issuedBy,
        Instant issuedAt,
        Reach reach) {

    /** The title in the first language written, for lists. */
    public String title() {
        return texts.get(0).title();
    }

    /**
     * How far the notice got, in distinct owners (and units affected): whose e-mail the mail server took
     * ({@code emailSent}), is still waiting to go, failed (retried), is kept in the outbox because no mail
     * server is configured (demo), or could not be written for want of an address; and who saw it on the portal.
     */
    public record Reach(
            long owners,
            long units,
            long emailSent,
            long emailWaiting,
            long emailFailed,
            long emailKept,
            long noAddress,
            long seen) {}
}
