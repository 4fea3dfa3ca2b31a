package org.caredesk.domain.mail.inbound;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** One mail read from the mailbox, stored once: landed on a case, or quarantined with the reason. */
@Entity
@Table(name = "inbound_mail")
public class InboundMail {
    static final int MAX_HTML = 200_000;
    static final String LANDED = "LANDED";
    static final String QUARANTINED = "QUARANTINED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "message_id")
    private String messageId;

    private String status;

    private String reason;

    /** Why no answer may go back (auto-reply, bounce, bulk), or null. */
    private String automatic;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "contact_id")
    private Long contactId;

    private String sender;

    private String recipients;

    private String subject;

    private String html;

    @Basic(fetch = FetchType.LAZY)
    private byte[] raw;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected InboundMail() {}

    static InboundMail landed(ParsedMail mail, long caseId, long contactId, Instant at) {
        InboundMail row = new InboundMail();
        row.dedupKey = cut(mail.dedupKey(), 300);
        row.messageId = mail.messageId();
        row.status = LANDED;
        row.automatic = cut(mail.automatic(), 40);
        row.caseId = caseId;
        row.contactId = contactId;
        row.sender = cut(mail.from(), 254);
        row.recipients = cut(
                String.join(", ", mail.to()) + (mail.cc().isEmpty() ? "" : "; cc " + String.join(", ", mail.cc())),
                2000);
        row.subject = cut(mail.subject(), 300);
        row.html = cut(mail.html(), MAX_HTML);
        row.raw = mail.raw();
        row.receivedAt = at;
        return row;
    }

    static InboundMail quarantined(String dedupKey, String reason, byte[] raw, Instant at) {
        InboundMail row = new InboundMail();
        row.dedupKey = cut(dedupKey, 300);
        row.status = QUARANTINED;
        row.reason = cut(reason, 500);
        row.raw = raw;
        row.receivedAt = at;
        return row;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getAutomatic() {
        return automatic;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getSender() {
        return sender;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtml() {
        return html;
    }

    public byte[] getRaw() {
        return raw;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
