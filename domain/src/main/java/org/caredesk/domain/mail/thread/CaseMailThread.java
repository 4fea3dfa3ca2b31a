package org.caredesk.domain.mail.thread;

import jakarta.persistence.*;

/**
 * The tracking code a case's mails link to. It is the secret the acknowledgement mail delivers
 * anyway (and the outbox keeps), so later mails can carry the same link without asking the
 * consumer to dig the first one out.
 */
@Entity
@Table(name = "case_mail_thread")
public class CaseMailThread {
    @Id
    @Column(name = "case_id")
    private long caseId;

    @Column(name = "tracking_code")
    private String trackingCode;

    protected CaseMailThread() {
    }

    CaseMailThread(long caseId, String trackingCode) {
        this.caseId = caseId;
        this.trackingCode = trackingCode;
    }

    String getTrackingCode() {
        return trackingCode;
    }
}
