package org.caredesk.domain.escalation;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** A message for one staff member on the console (an escalated case reaches its team lead), until read. */
@Entity
@Table(name = "staff_notice")
public class StaffNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    private String recipient;
    private String kind;

    @Column(name = "case_number")
    private String caseNumber;

    private String detail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StaffNotice() {}

    StaffNotice(String recipient, String kind, String caseNumber, String detail, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.caseNumber = caseNumber;
        this.detail = detail;
        this.createdAt = createdAt;
    }

    StaffNoticeView view() {
        return new StaffNoticeView(id, kind, caseNumber, detail, createdAt, readAt != null);
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    String recipient() {
        return recipient;
    }
}
