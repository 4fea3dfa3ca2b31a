package org.caredesk.domain.recall;

import java.time.Instant;
import java.util.List;

/** A recall notice as the console shows it, with its reach. */
public record RecallNoticeView(long id, String productCode, String product, Long alertId, String serialFrom,
                               String serialTo, List<RecallDraft.Text> texts, String issuedBy, Instant issuedAt,
                               Reach reach) {

    /** The title in the first language written, for lists. */
    public String title() {
        return texts.get(0).title();
    }

    /**
     * How far the notice got: distinct owners and units affected, owners e-mailed, owners whose
     * e-mail waits for the mail service, and owners who have seen it on the portal.
     */
    public record Reach(long owners, long units, long emailed, long emailPending, long seen) {
    }
}
