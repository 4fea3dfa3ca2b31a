package org.caredesk.domain.mail.thread;

import jakarta.persistence.*;
import java.time.Instant;

/** One Message-ID CareDesk sent or received about a case. */
@Entity
@Table(name = "mail_message_id")
public class CaseMessageId {
    @Id
    @Column(name = "message_id")
    private String messageId;

    @Column(name = "case_id")
    private long caseId;

    /** "in" or "out". */
    private String direction;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseMessageId() {}

    CaseMessageId(String messageId, long caseId, String direction, Instant createdAt) {
        this.messageId = messageId;
        this.caseId = caseId;
        this.direction = direction;
        this.createdAt = createdAt;
    }

    String getMessageId() {
        return messageId;
    }

    long getCaseId() {
        return caseId;
    }

    String getDirection() {
        return direction;
    }
}
