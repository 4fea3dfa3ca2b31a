package org.caredesk.domain.mail.inbound;

import jakarta.persistence.*;
import java.time.Instant;

/** The mailbox reader's figures, shared by every application and instance (one row). */
@Entity
@Table(name = "mailbox_state")
public class MailboxState {
    static final int ROW = 1;

    @Id
    private int id;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    private long fetched;

    private long quarantined;

    private long errors;

    @Column(name = "last_error")
    private String lastError;

    protected MailboxState() {}

    void polled(Instant at, int newlyFetched, int newlyQuarantined) {
        lastPollAt = at;
        lastSuccessAt = at;
        fetched += newlyFetched;
        quarantined += newlyQuarantined;
        lastError = null;
    }

    void failed(Instant at, String error) {
        lastPollAt = at;
        errors++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(500, error.length()));
    }

    MailboxStatus.Figures figures() {
        return new MailboxStatus.Figures(lastPollAt, lastSuccessAt, fetched, quarantined, errors, lastError);
    }
}
